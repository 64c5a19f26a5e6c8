package io.github.securescore.snapshot;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.BitSet;

/** Streams one group's {@code transitiveMembers}: the users among them, as directory indexes. */
final class GroupMemberReader {

    private final SnapshotCursor cursor;
    private final UniqueKeysParser parser;
    private final DirectoryUsers directory;

    GroupMemberReader(SnapshotCursor cursor, DirectoryUsers directory) {
        this.cursor = cursor;
        this.parser = cursor.parser();
        this.directory = directory;
    }

    GroupMembers members(String groupId, String key, String field) throws IOException {
        BitSet members = new BitSet();
        cursor.streamEntities(field, () -> member(members, key));
        return new GroupMembers(groupId, members);
    }

    private void member(BitSet members, String key) throws IOException {
        int line = parser.tokenLine();
        int column = parser.tokenColumn();
        // the id stays a String until the type is known: devices and nested groups get no directory index
        String id = null;
        String type = null;
        String name;
        while ((name = parser.nextFieldName()) != null) {
            JsonToken token = parser.nextToken();
            switch (name) {
                case "id" -> id = cursor.text(token, "id");
                case "@odata.type" -> type = cursor.optionalText(token, "@odata.type");
                default -> parser.skipChildren();
            }
        }
        if (id == null) {
            throw cursor.error("", "missing \"id\"");
        }
        if (type == null || type.endsWith(".user")) {
            int index = directory.intern(id);
            if (members.get(index)) {
                throw RepeatedRecords.error(cursor.source(), cursor.file(), key, "group member", id,
                        cursor.entityIndex(), line, column);
            }
            members.set(index);
        }
    }
}
