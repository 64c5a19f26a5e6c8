package io.github.securescore.graph;

import com.azure.core.http.policy.HttpLogDetailLevel;
import com.azure.core.http.policy.HttpLogOptions;
import java.util.Set;

/**
 * How much of its HTTP traffic azure-identity may log. A user debugging sign-in sets
 * {@code AZURE_LOG_LEVEL} and {@code AZURE_HTTP_LOG_DETAIL_LEVEL} (documented Azure SDK
 * variables); {@code BODY} or {@code BODY_AND_HEADERS} would print the token request, whose body
 * carries {@code client_secret=...} and whose response carries the access token. So the level the
 * variable asks for is honoured up to headers and never includes bodies, only the headers named
 * here are shown (every other value reads {@code REDACTED}), and no query parameter but the API
 * version.
 */
final class SdkLogging {

    /** Request ids to quote to Microsoft support, and what says why a call failed; none carries a credential. */
    static final Set<String> SHOWN_HEADERS = Set.of("x-ms-request-id", "x-ms-client-request-id",
            "client-request-id", "return-client-request-id", "request-id", "x-ms-ests-server", "Content-Type",
            "Content-Length", "Date", "Retry-After", "User-Agent");

    static final Set<String> SHOWN_QUERY_PARAMETERS = Set.of("api-version");

    private SdkLogging() {
    }

    /** The HTTP log options for every credential the collector builds. */
    static HttpLogOptions httpLogOptions() {
        return httpLogOptions(new HttpLogOptions().getLogLevel()); // the default reads AZURE_HTTP_LOG_DETAIL_LEVEL
    }

    static HttpLogOptions httpLogOptions(HttpLogDetailLevel asked) {
        HttpLogDetailLevel level = switch (asked == null ? HttpLogDetailLevel.NONE : asked) {
            case BODY -> HttpLogDetailLevel.BASIC;
            case BODY_AND_HEADERS -> HttpLogDetailLevel.HEADERS;
            case BASIC -> HttpLogDetailLevel.BASIC;
            case HEADERS -> HttpLogDetailLevel.HEADERS;
            default -> HttpLogDetailLevel.NONE;
        };
        return new HttpLogOptions().setLogLevel(level)
                .setAllowedHeaderNames(SHOWN_HEADERS)
                .setAllowedQueryParamNames(SHOWN_QUERY_PARAMETERS);
    }
}
