package io.github.securescore.graph;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import reactor.core.publisher.Mono;

/** An access token read from a file (re-read at each request, so a CI step may refresh it). */
final class TokenFileCredential implements TokenCredential {

    private final Path file;

    TokenFileCredential(Path file) {
        this.file = file;
    }

    @Override
    public Mono<AccessToken> getToken(TokenRequestContext request) {
        return Mono.fromCallable(() -> getTokenSync(request));
    }

    @Override
    public AccessToken getTokenSync(TokenRequestContext request) {
        String token;
        try {
            token = Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            // the message names the file only, never its content
            throw new CollectionException("the access token file " + file + " cannot be read");
        }
        if (token.isEmpty()) {
            throw new CollectionException("the access token file " + file + " is empty");
        }
        // the expiry is unknown; Graph answers 401 for an expired token and the collection stops clearly
        return new AccessToken(token, OffsetDateTime.now().plusMinutes(5));
    }

    @Override
    public String toString() {
        return "TokenFileCredential[" + file + "]";
    }
}
