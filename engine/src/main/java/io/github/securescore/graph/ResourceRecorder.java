package io.github.securescore.graph;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.ResourceError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Reads one resource, page after page, into a fragment file holding exactly what the snapshot
 * records under its key: {@code {"value": [...]}}, the entity, or {@code {"error": {...}}}. Each
 * page is streamed from the response into a buffer (selected fields only) and appended to the
 * fragment only once it parsed completely, so a retried page is never recorded twice.
 */
final class ResourceRecorder {

    /** What one resource came to. */
    record Outcome(String key, long items, int pages, ResourceError error) {
    }

    /** One fully read page: its entities (already filtered, comma-separated) and the next link. */
    private record Page(byte[] entities, int count, String nextLink) {
    }

    private static final byte[] COLLECTION_START = "{\"value\":[\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COLLECTION_END = "\n]}".getBytes(StandardCharsets.US_ASCII);
    /** Longer than this and waiting in a build makes no sense: fail clearly instead. */
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofMinutes(5);
    private static final byte[] SEPARATOR = ",\n".getBytes(StandardCharsets.US_ASCII);

    private final GraphTransport transport;
    private final CollectionSettings settings;
    private final JsonFactory json;
    private final ObjectMapper mapper;
    private final CollectionProgress progress;
    private final Redaction redaction;
    private final String graphRoot;

    ResourceRecorder(GraphTransport transport, CollectionSettings settings, ObjectMapper mapper,
                     CollectionProgress progress, Redaction redaction, String graphRoot) {
        this.transport = transport;
        this.settings = settings;
        this.mapper = mapper;
        this.json = mapper.getFactory();
        this.progress = progress;
        this.redaction = redaction;
        this.graphRoot = graphRoot;
    }

    Outcome record(ResourceRequest request, Path fragment) throws IOException {
        CollectionProgress.Tracker tracker = progress.start(request.key());
        PageAhead ahead = new PageAhead();
        try (OutputStream out = Files.newOutputStream(fragment)) {
            String url = request.url(graphRoot);
            long items = 0;
            int pages = 0;
            while (url != null) {
                Object answer = fetch(request, url, pages + 1, ahead.take(url), ahead);
                if (answer instanceof ResourceError error) {
                    if (pages > 0) {
                        // a later page refused: the resource is incomplete, so it is not recorded as data
                        throw new CollectionException(request.key() + ": page " + (pages + 1) + " failed with HTTP "
                                + error.status() + " (" + error.code() + ") after earlier pages succeeded");
                    }
                    writeError(out, error);
                    tracker.failed(error.status());
                    return new Outcome(request.key(), 0, 0, error);
                }
                Page page = (Page) answer;
                if (request.shape() == GraphResource.Shape.SINGLETON) {
                    out.write(page.entities());
                    tracker.page(1);
                    tracker.done();
                    return new Outcome(request.key(), 1, 1, null);
                }
                if (pages == 0) {
                    out.write(COLLECTION_START);
                }
                if (page.count() > 0) {
                    if (items > 0) {
                        out.write(SEPARATOR);
                    }
                    out.write(page.entities());
                }
                items += page.count();
                pages++;
                tracker.page(page.count());
                url = request.firstPageOnly() ? null : sameOrigin(page.nextLink(), request);
            }
            out.write(COLLECTION_END);
            tracker.done();
            return new Outcome(request.key(), items, pages, null);
        } finally {
            ahead.cancel();
        }
    }

    /** The next page's request, started while the current page is still being parsed (at most one). */
    private static final class PageAhead {
        private GraphTransport.Prefetch pending;

        /** The request under way for {@code url}, if that is the one started; any other is cancelled. */
        GraphTransport.Prefetch take(String url) {
            GraphTransport.Prefetch taken = pending != null && pending.url().equals(url) ? pending : null;
            if (taken == null) {
                cancel();
            }
            pending = null;
            return taken;
        }

        void start(GraphTransport.Prefetch prefetch) {
            cancel();
            pending = prefetch;
        }

        void cancel() {
            if (pending != null) {
                pending.cancel();
                pending = null;
            }
        }
    }

    /**
     * One page with bounded retries: a {@link Page} or, for a refused resource, its {@link ResourceError}.
     * {@code prefetched} is this page's request already under way; when the page names its next
     * link before its entities (Graph does), the next page's request starts into {@code next}.
     */
    private Object fetch(ResourceRequest request, String url, int pageNumber, GraphTransport.Prefetch prefetched,
                         PageAhead next) {
        String where = request.key() + " (page " + pageNumber + ")";
        String lastProblem = null;
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            Duration wait;
            next.cancel();   // a next page started by an attempt that then failed
            try (Response response = attempt == 1 && prefetched != null ? prefetched.await()
                    : transport.get(url, request.prefer())) {
                int status = response.code();
                if (status == 200) {
                    try {
                        return parse(request, response.body(), link -> {
                            if (!request.firstPageOnly()) {
                                next.start(transport.prefetch(sameOrigin(link, request), request.prefer()));
                            }
                        });
                    } catch (JsonProcessingException e) {
                        lastProblem = "Graph answered malformed JSON: " + e.getOriginalMessage();
                    }
                    wait = backoff(attempt);
                } else if (status == 429 || status == 503 || status == 504 || status == 500 || status == 502) {
                    lastProblem = "HTTP " + status + (status == 429 ? " (throttled)" : "");
                    Duration fallback = backoff(attempt);
                    wait = retryAfter(response).orElse(fallback);
                } else if (status == 401) {
                    ResourceError error = error(status, response.body());
                    throw new CollectionException("Graph refused the access token for " + request.key() + " (HTTP 401 "
                            + error.code() + "): " + error.message());
                } else {
                    return error(status, response.body());
                }
            } catch (InterruptedIOException e) {
                lastProblem = "no complete answer within " + settings.requestTimeout().toSeconds() + " s";
                wait = backoff(attempt);
            } catch (IOException e) {
                lastProblem = "connection failed: " + redaction.apply(e.getMessage());
                wait = backoff(attempt);
            } catch (CollectionException e) {
                throw e;
            } catch (RuntimeException e) {
                // the authentication middleware asks azure-identity for a token inside the call
                throw new CollectionException("sign-in to Microsoft Entra failed: "
                        + redaction.apply(rootMessage(e)));
            }
            if (attempt < settings.maxAttempts()) {
                progress.note(where + ": " + lastProblem + "; retrying in " + wait.toMillis() + " ms (attempt "
                        + (attempt + 1) + " of " + settings.maxAttempts() + ")");
                sleep(wait);
            }
        }
        throw new CollectionException(where + " failed after " + settings.maxAttempts() + " attempts: " + lastProblem);
    }

    /** A next link must stay on the Graph endpoint the collection was pointed at. */
    private String sameOrigin(String link, ResourceRequest request) {
        if (link == null) {
            return null;
        }
        java.net.URI root = java.net.URI.create(graphRoot);
        java.net.URI next;
        try {
            next = java.net.URI.create(link);
        } catch (IllegalArgumentException e) {
            throw new CollectionException(request.key() + ": Graph answered an unusable @odata.nextLink");
        }
        if (!root.getScheme().equalsIgnoreCase(String.valueOf(next.getScheme()))
                || !root.getHost().equalsIgnoreCase(String.valueOf(next.getHost())) || root.getPort() != next.getPort()) {
            throw new CollectionException(request.key() + ": @odata.nextLink leaves " + root.getScheme() + "://"
                    + root.getHost() + " (" + next.getScheme() + "://" + next.getHost() + "); not followed");
        }
        return link;
    }

    private Page parse(ResourceRequest request, ResponseBody body, java.util.function.Consumer<String> nextLinkFirst)
            throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        int count = 0;
        String nextLink = null;
        try (InputStream in = body.byteStream(); JsonParser parser = json.createParser(in);
             JsonGenerator generator = json.createGenerator(buffer)) {
            generator.setRootValueSeparator(new SerializedString(",\n"));
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonProcessingException("expected a JSON object", parser.currentLocation()) { };
            }
            if (request.shape() == GraphResource.Shape.SINGLETON) {
                request.selection().copy(parser, generator);
                count = 1;
            } else {
                String name;
                while ((name = parser.nextFieldName()) != null) {
                    JsonToken value = parser.nextToken();
                    if ("value".equals(name) && value == JsonToken.START_ARRAY) {
                        while (parser.nextToken() == JsonToken.START_OBJECT) {
                            request.selection().copy(parser, generator);
                            count++;
                        }
                        if (parser.currentToken() != JsonToken.END_ARRAY) {
                            throw new JsonProcessingException("expected an entity object in \"value\"",
                                    parser.currentLocation()) { };
                        }
                    } else if ("@odata.nextLink".equals(name) && value == JsonToken.VALUE_STRING) {
                        nextLink = parser.getText();
                        if (count == 0) {
                            nextLinkFirst.accept(nextLink);
                        }
                    } else {
                        parser.skipChildren();
                    }
                }
            }
            if (parser.nextToken() != null) {
                throw new JsonProcessingException("unexpected content after the page", parser.currentLocation()) { };
            }
        }
        return new Page(buffer.toByteArray(), count, nextLink);
    }

    private ResourceError error(int status, ResponseBody body) {
        String code = null;
        String message = null;
        try {
            JsonNode node = mapper.readTree(body.byteStream()).path("error");
            code = node.path("code").isTextual() ? node.path("code").asText() : null;
            message = node.path("message").isTextual() ? node.path("message").asText() : null;
        } catch (IOException | RuntimeException e) {
            // the status alone still says what happened
        }
        return new ResourceError(status, code != null ? code : "HTTP" + status, redaction.apply(message));
    }

    private void writeError(OutputStream out, ResourceError error) throws IOException {
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.writeStartObject();
            generator.writeObjectFieldStart("error");
            generator.writeNumberField("status", error.status());
            generator.writeStringField("code", error.code());
            generator.writeStringField("message", error.message());
            generator.writeEndObject();
            generator.writeEndObject();
        }
    }

    /** Graph's {@code Retry-After}: seconds, or an HTTP date; waited in full (Graph counts early retries against us). */
    private java.util.Optional<Duration> retryAfter(Response response) {
        String header = response.header("Retry-After");
        if (header == null || header.isBlank()) {
            return java.util.Optional.empty();
        }
        Duration wait;
        try {
            wait = Duration.ofMillis((long) (Double.parseDouble(header.trim()) * 1000));
        } catch (NumberFormatException e) {
            try {
                wait = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME));
            } catch (DateTimeParseException unreadable) {
                return java.util.Optional.empty();
            }
        }
        if (wait.isNegative()) {
            wait = Duration.ZERO;
        }
        if (wait.compareTo(LONGEST_RETRY_AFTER) > 0) {
            throw new CollectionException("Graph throttled the collection and asked to wait " + wait.toSeconds()
                    + " s (Retry-After); try again later");
        }
        return java.util.Optional.of(wait);
    }

    /** Exponential backoff with "equal jitter": half fixed, half random, so parallel workers spread out. */
    private Duration backoff(int attempt) {
        long base = settings.initialBackoff().toMillis() << Math.min(attempt - 1, 16);
        long capped = Math.min(base, settings.maxBackoff().toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (half > 0 ? ThreadLocalRandom.current().nextLong(half + 1) : 0));
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CollectionException("collection was interrupted");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t instanceof java.net.UnknownHostException) {
            return "cannot resolve the host " + t.getMessage() + " (offline, or a proxy is needed?)";
        }
        if (t instanceof IOException) {
            return "cannot reach the sign-in endpoint (" + t.getClass().getSimpleName() + ": " + t.getMessage() + ")";
        }
        String message = t.getMessage() != null ? t.getMessage() : e.getMessage();
        return message != null ? message : t.getClass().getSimpleName();
    }
}
