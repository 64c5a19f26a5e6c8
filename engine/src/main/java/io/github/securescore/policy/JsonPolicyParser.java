package io.github.securescore.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.securescore.InvalidInputException;
import io.github.securescore.policy.PolicyNode.Entry;
import io.github.securescore.policy.PolicyNode.Kind;
import io.github.securescore.policy.PolicyNode.Position;
import io.github.securescore.policy.PolicyNode.Scalar;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a JSON policy into the same {@link PolicyNode} tree as YAML, so both meet the same rules:
 * one value in the file, a key once per object, JSON's own types (a number in quotes is a string).
 */
final class JsonPolicyParser {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.+?)' \\(code \\d+\\)\\)");

    private final String source;
    private final JsonParser parser;

    private JsonPolicyParser(JsonParser parser, String source) {
        this.source = source;
        this.parser = parser;
    }

    /** The file's value, or null when the file holds none (only white space). */
    static PolicyNode parse(String text, String source) {
        try (JsonParser parser = JSON.createParser(text)) {
            JsonPolicyParser json = new JsonPolicyParser(parser, source);
            if (parser.nextToken() == null) {
                return null;
            }
            PolicyNode root = json.node(0);
            if (parser.nextToken() != null) {
                Position at = json.here();
                throw new InvalidInputException(source, at.line(), at.column(), null,
                        "more after the policy's closing brace; a policy file holds exactly one JSON value");
            }
            return root instanceof Scalar scalar && scalar.kind() == Kind.NULL ? null : root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidInputException(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    null, "malformed JSON: " + problem(String.valueOf(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new InvalidInputException(source, 0, 0, null, "malformed JSON");
        }
    }

    private PolicyNode node(int depth) throws IOException {
        Position at = here();
        if (depth > PolicyNode.MAX_DEPTH) {
            throw PolicyNode.tooDeep(source, at);
        }
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                List<Entry> entries = new ArrayList<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    Scalar key = new Scalar(Kind.STRING, parser.currentName(), here());
                    parser.nextToken();
                    entries.add(new Entry(key, node(depth + 1)));
                }
                return PolicyNode.mapping(source, entries, at);
            }
            case START_ARRAY -> {
                List<PolicyNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(depth + 1));
                }
                return new PolicyNode.Sequence(items, at);
            }
            case VALUE_STRING -> {
                return new Scalar(Kind.STRING, parser.getText(), at);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Scalar(Kind.NUMBER, parser.getText(), at);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Scalar(Kind.BOOLEAN, parser.getText(), at);
            }
            default -> {
                return new Scalar(Kind.NULL, "null", at);
            }
        }
    }

    private Position here() {
        JsonLocation location = parser.currentTokenLocation();
        return new Position(location.getLineNr(), location.getColumnNr());
    }

    /** The parser's complaint in our words; anything not recognised is just "malformed". */
    static String problem(String message) {
        Matcher unexpected = UNEXPECTED.matcher(message);
        if (unexpected.lookingAt()) {
            String expected = message.contains("comment") ? "; JSON has no comments (a YAML policy may have them)"
                    : message.contains("colon to separate") ? "; expected ':' after the key"
                    : message.contains("double-quote to start field name") ? "; expected a key in double quotes"
                    : message.contains("Object entries") ? "; expected ',' or '}'"
                    : message.contains("Array entries") ? "; expected ',' or ']'"
                    : message.contains("valid value") || message.contains("expecting value")
                            ? "; expected a value" : "";
            return "unexpected character '" + PolicyBinder.shown(unexpected.group(1)) + "'" + expected;
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return "the file ends before the JSON is complete";
        }
        Matcher token = Pattern.compile("(?:Unrecognized|Non-standard) token '(.*?)'").matcher(message);
        if (token.lookingAt()) {
            return "unexpected word '" + PolicyBinder.shown(token.group(1)) + "'; expected a string in double"
                    + " quotes, a finite number, true, false, null, a list or an object";
        }
        if (message.contains("Leading zeroes")) {
            return "a number with a leading zero";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "a control character inside a string; escape it";
        }
        if (message.contains("exceeds the maximum") || message.contains("exceeds the max")) {
            return "a value longer than a policy may hold";
        }
        return "not valid JSON here";
    }
}
