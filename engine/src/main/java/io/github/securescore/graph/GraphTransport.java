package io.github.securescore.graph;

import com.azure.core.credential.TokenCredential;
import com.microsoft.graph.core.authentication.AzureIdentityAuthenticationProvider;
import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.kiota.RequestOption;
import com.microsoft.kiota.http.middleware.options.RetryHandlerOption;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The Graph SDK's HTTP layer ({@link GraphClientFactory}: its authentication provider, redirect,
 * compression, telemetry and header middleware over okhttp), configured for collection. The
 * SDK's own retry handler is switched off because the collector retries whole pages: a page is
 * only done when its body has been read and parsed, and a dropped connection or a truncated
 * body (which the middleware never sees) must be retried too, with jitter.
 */
final class GraphTransport implements AutoCloseable {

    private final OkHttpClient http;

    GraphTransport(TenantConnection connection, TokenCredential credential, CollectionSettings settings) {
        String host = URI.create(connection.graphRoot()).getHost();
        // only hosts listed here get the token: the cloud's Graph host, or the local test server
        AzureIdentityAuthenticationProvider authentication = new AzureIdentityAuthenticationProvider(credential,
                new String[] {host}, connection.cloud().defaultScope());
        RequestOption[] options = {new RetryHandlerOption((delay, attempt, request, response) -> false, 0, 0)};
        long timeout = settings.requestTimeout().toMillis();
        this.http = GraphClientFactory.create(authentication, options)
                .connectTimeout(Math.min(timeout, 30_000), TimeUnit.MILLISECONDS)
                .readTimeout(timeout, TimeUnit.MILLISECONDS)
                .callTimeout(timeout, TimeUnit.MILLISECONDS)
                .build();
    }

    /** Sends a GET; the caller reads and closes the response. */
    Response get(String url) throws IOException {
        return get(url, null);
    }

    /** Sends a GET with a {@code Prefer} header (null: none); the caller reads and closes the response. */
    Response get(String url, String prefer) throws IOException {
        return http.newCall(request(url, prefer)).execute();
    }

    /** Starts a GET in the background: the next page, while this one is still being parsed. */
    Prefetch prefetch(String url, String prefer) {
        Call call = http.newCall(request(url, prefer));
        CompletableFuture<Response> response = new CompletableFuture<>();
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call failed, IOException e) {
                response.completeExceptionally(e);
            }

            @Override
            public void onResponse(Call done, Response answer) {
                if (!response.complete(answer)) {
                    answer.close();
                }
            }
        });
        return new Prefetch(url, call, response);
    }

    /** A request under way for a page not needed yet. */
    record Prefetch(String url, Call call, CompletableFuture<Response> response) {

        /** The response, as {@link #get(String)} would have given it. */
        Response await() throws IOException {
            try {
                return response.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                call.cancel();
                throw new java.io.InterruptedIOException("interrupted");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IOException(e.getCause());
            }
        }

        /** Not needed after all (the page it follows is retried, or the collection stops). */
        void cancel() {
            call.cancel();
            response.thenAccept(Response::close);
        }
    }

    private static Request request(String url, String prefer) {
        Request.Builder request = new Request.Builder().url(url)
                .header("Accept", "application/json")
                // collection is background work: let Graph shed it first under load
                .header("x-ms-throttle-priority", "low");
        if (prefer != null) {
            request.header("Prefer", prefer);
        }
        return request.get().build();
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
