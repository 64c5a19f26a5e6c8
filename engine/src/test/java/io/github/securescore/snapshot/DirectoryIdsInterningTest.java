package io.github.securescore.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Interning from the parser's character buffer agrees with interning Strings, across table growth. */
class DirectoryIdsInterningTest {

    @Test
    void charactersAndStringsGiveTheSameIndexes() {
        DirectoryIds ids = new DirectoryIds();
        Random random = new Random(3);
        List<String> interned = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {   // several rehashes
            String id = i % 1000 == 0 ? "user-" + i : new UUID(random.nextLong(), random.nextLong()).toString();
            if (i == 5) {
                id = new UUID(0, 0).toString();   // all zero bits: still a key, not an empty slot
            }
            if (i % 777 == 0) {
                id = id.toUpperCase(Locale.ROOT);
            }
            interned.add(id);
            assertEquals(i, ids.intern(id));
        }
        for (int i = 0; i < interned.size(); i++) {
            String id = interned.get(i);
            char[] buffer = ("{\"id\":\"" + id + "\"}").toCharArray();
            assertEquals(i, ids.intern(buffer, 7, id.length()), id);
            assertEquals(i, ids.indexOf(id), id);
            String canonical = id.toLowerCase(Locale.ROOT).startsWith("user-") ? id : id.toLowerCase(Locale.ROOT);
            assertEquals(canonical, ids.id(i));
        }
        assertEquals(20_000, ids.size());
        assertEquals(-1, ids.indexOf("someone-else"));
        assertEquals(-1, ids.indexOf(new UUID(1, 2).toString()));
        assertEquals(-1, ids.indexOf(null));
    }

    @Test
    void onlyCanonicalGuidsAreKeptAsNumbers() {
        assertNull(DirectoryIds.parseUuid("0000000g-0000-0000-0000-000000000000"));
        assertNull(DirectoryIds.parseUuid("00000000000000000000000000000000"));
        long[] halves = DirectoryIds.parseUuid("00000000-0000-0005-0000-000000000006");
        assertEquals(5, halves[0]);
        assertEquals(6, halves[1]);
    }
}
