package io.github.securescore.snapshot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.securescore.InvalidInputException;
import java.util.List;

/** Jackson's parse and binding failures in the reader's words, with the file, line, column and field path. */
final class ParserErrors {

    private ParserErrors() {
    }

    /** As {@link #translate(JsonProcessingException, String, String)}, at the parser's position when Jackson gives none. */
    static InvalidInputException translate(JsonProcessingException e, String source, String field, JsonParser parser) {
        InvalidInputException translated = translate(e, source, field);
        if (translated.line() > 0 || parser == null) {
            return translated;
        }
        JsonLocation at = parser.currentLocation();
        return new InvalidInputException(source, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()),
                translated.field(), translated.problem());
    }

    static InvalidInputException translate(JsonProcessingException e, String source, String field) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException ours) {
                return ours;   // the reader's own finding, thrown while Jackson was binding
            }
        }
        JsonLocation location = e.getLocation();
        int line = location == null ? 0 : Math.max(0, location.getLineNr());
        int column = location == null ? 0 : Math.max(0, location.getColumnNr());
        String problem;
        JsonProcessingException parse = parseFailure(e);
        if (e instanceof SnapshotNumbers.RejectedNumber) {
            problem = e.getOriginalMessage();
        } else if (e instanceof MismatchedInputException mismatch) {
            problem = "expected " + describe(mismatch.getTargetType()) + ", found "
                    + foundToken(e.getOriginalMessage());
        } else if (e instanceof ValueInstantiationException instantiation) {
            // a record's constructor refused the value: Graph never sends null entries in these arrays
            problem = "expected " + describe(instantiation.getType().getRawClass())
                    + (instantiation.getCause() instanceof NullPointerException ? " with no null entries in its arrays"
                    : ", found values it cannot hold");
        } else if (parse != null) {
            problem = parseProblem(parse);
            if (location == null || line == 0) {
                JsonLocation at = parse.getLocation();
                line = at == null ? 0 : at.getLineNr();
                column = at == null ? 0 : at.getColumnNr();
            }
        } else {
            problem = "expected a value of another shape here";
        }
        String path = field;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder sb = new StringBuilder(field == null ? "" : field);
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    sb.append('.').append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    sb.append('[').append(ref.getIndex()).append(']');
                }
            }
            path = sb.toString();
        }
        return new InvalidInputException(source, line, column, path, problem);
    }

    /** The parser's own failure behind {@code e} (itself, or what binding wrapped), if any. */
    private static JsonProcessingException parseFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // StreamReadException, and the limits' StreamConstraintsException, which is none
            if (t instanceof JsonProcessingException parse && !(t instanceof JsonMappingException)) {
                return parse;
            }
        }
        return null;
    }

    /** What the parser found wrong, in the reader's words: never Jackson's class, feature or limit names. */
    static String parseProblem(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof InputCoercionException) {
            return "expected a whole number from -2147483648 to 2147483647, found " + number(m);
        }
        if (m.startsWith("Non-standard token '")) {
            int end = m.indexOf('\'', 20);
            return "malformed JSON: " + (end > 20 ? m.substring(20, end) : "this token")
                    + " is no JSON number; expected a finite number";
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return "malformed JSON: the file ends early; expected "
                    + (m.contains("Object") ? "the rest of an object and its closing '}'"
                    : m.contains("Array") ? "the rest of an array and its closing ']'" : "the rest of the snapshot");
        }
        if (m.contains("nesting depth")) {
            return "malformed JSON: nested deeper than 1000 levels; expected at most 1000";
        }
        if (m.contains("length") && m.contains("exceeds the maximum")) {
            return "malformed JSON: a string, name or number longer than the reader accepts (20,000,000 characters"
                    + " for strings, 50,000 for names, 1,000 digits for numbers)";
        }
        if (m.startsWith("Invalid UTF-8") || m.contains("UTF-8")) {
            return "malformed UTF-8; expected UTF-8 text";
        }
        if (m.contains("CTRL-CHAR")) {
            return "malformed JSON: a raw control character" + code(m) + "; expected it escaped (\\n, \\u0000) inside"
                    + " a string and nothing but spaces, tabs and line breaks outside";
        }
        if (m.startsWith("Unrecognized character escape")) {
            return "malformed JSON: a backslash escape JSON does not have; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX";
        }
        if (m.contains("hex-digit")) {
            return "malformed JSON: a \\u escape without four hex digits; expected \\uXXXX";
        }
        if (m.contains("comment")) {
            return "malformed JSON: a comment; JSON has none";
        }
        if (m.startsWith("Unexpected character") || m.startsWith("Unrecognized token")) {
            String expected = m.contains("expected a valid value") || m.contains("was expecting (JSON String")
                    ? "a JSON value (string, number, object, array, true, false or null)"
                    : m.contains("expected a value") ? "a JSON value"
                    : m.contains("double-quote to start field name") ? "a key in double quotes"
                    : m.contains("comma to separate") ? "',' or the end of the " + (m.contains("Object") ? "object" : "array")
                    : m.contains("colon to separate") ? "':' after the key"
                    : "valid JSON";
            return "malformed JSON: unexpected " + token(m) + "; expected " + expected;
        }
        if (m.startsWith("Unexpected close marker")) {
            return "malformed JSON: a closing " + (m.contains("']'") ? "']'" : "'}'") + " that closes nothing open here";
        }
        if (m.contains("Leading zeroes") || m.startsWith("Invalid numeric value") || m.contains("numeric value")) {
            return "malformed JSON: a number not written as JSON writes numbers";
        }
        return "malformed JSON at this position";
    }

    private static String number(String message) {
        int open = message.indexOf('(');
        int close = message.indexOf(')', open + 1);
        return open >= 0 && close > open ? SnapshotCursor.abbreviate(message.substring(open + 1, close)) : "a larger number";
    }

    private static String code(String message) {
        int at = message.indexOf("code ");
        if (at < 0) {
            return "";
        }
        int end = at + 5;
        while (end < message.length() && Character.isDigit(message.charAt(end))) {
            end++;
        }
        return " (code " + message.substring(at + 5, end) + ")";
    }

    /** "character 'x'" or "token 'abc'" from Jackson's message, the text neutralised by the caller's output. */
    private static String token(String message) {
        int open = message.indexOf('\'');
        int close = open < 0 ? -1 : message.indexOf('\'', open + 2);
        String what = message.startsWith("Unrecognized token") ? "token " : "character ";
        if (open >= 0 && close > open) {
            return what + "'" + SnapshotCursor.abbreviate(message.substring(open + 1, close)) + "'";
        }
        return what.trim();
    }

    /** Jackson's "Integer value (7) to ..." of a refused coercion as "the number 7". */
    private static String coerced(String rest) {
        int open = rest.indexOf('(');
        int close = rest.indexOf(") to ");
        String value = open >= 0 && close > open ? SnapshotCursor.abbreviate(rest.substring(open + 1, close)) : null;
        if (rest.startsWith("Integer value") || rest.startsWith("Floating-point value")) {
            return value != null ? "the number " + value : "a number";
        }
        if (rest.startsWith("String value")) {
            return value != null ? "the string " + value : "a string";
        }
        if (rest.startsWith("Boolean value")) {
            return value != null ? "the boolean " + value : "a boolean";
        }
        if (rest.startsWith("empty String")) {
            return "an empty string";
        }
        return "a value of another type";
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true, false or null";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object (" + type.getSimpleName() + ")";
    }

    /** Jackson's "from String value ('x')" / "from Array value (token ...)" in the words the reader's own messages use. */
    private static String foundToken(String jacksonMessage) {
        if (jacksonMessage == null) {
            return "a value of another type";
        }
        if (jacksonMessage.startsWith("Cannot coerce ")) {
            return coerced(jacksonMessage.substring("Cannot coerce ".length()));
        }
        int from = jacksonMessage.indexOf(" from ");
        if (from < 0) {
            return "a value of another type";
        }
        String rest = jacksonMessage.substring(from + 6);
        if (rest.startsWith("String value")) {
            int open = rest.indexOf("('");
            int close = rest.indexOf("')", open + 2);
            return open >= 0 && close > open ? "the string \"" + SnapshotCursor.abbreviate(rest.substring(open + 2, close)) + "\""
                    : "a string";
        }
        if (rest.startsWith("String \"")) {
            int close = rest.indexOf("\":");
            return close > 8 ? "the string \"" + SnapshotCursor.abbreviate(rest.substring(8, close)) + "\"" : "a string";
        }
        if (rest.startsWith("Array value")) {
            return "an array";
        }
        if (rest.startsWith("Object value")) {
            return "an object";
        }
        if (rest.startsWith("Integer value") || rest.startsWith("Floating-point value")) {
            return "a number";
        }
        if (rest.startsWith("Boolean value")) {
            return "a boolean";
        }
        return "a value of another type";
    }
}
