package io.github.securescore.snapshot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.securescore.InvalidInputException;
import java.util.List;

/** Jackson's parse and binding failures in the reader's words, with the file, line, column and field path. */
final class ParserErrors {

    private ParserErrors() {
    }

    static InvalidInputException translate(JsonProcessingException e, String source, String field) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException ours) {
                return ours;   // the reader's own finding, thrown while Jackson was binding
            }
        }
        JsonLocation location = e.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        String problem;
        if (e instanceof MismatchedInputException mismatch) {
            problem = "expected " + describe(mismatch.getTargetType()) + ", found "
                    + foundToken(e.getOriginalMessage());
        } else if (e instanceof JsonMappingException) {
            problem = e.getOriginalMessage();
        } else {
            problem = "malformed JSON: " + e.getOriginalMessage();
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
        int cut = rest.indexOf(':');
        return (cut >= 0 ? rest.substring(0, cut) : rest).trim();
    }
}
