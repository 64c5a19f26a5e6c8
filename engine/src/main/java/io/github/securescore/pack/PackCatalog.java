package io.github.securescore.pack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** Every pack on the class path, by id, in id order. */
public final class PackCatalog {

    private final Map<String, Pack> packs;

    private PackCatalog(Map<String, Pack> packs) {
        this.packs = packs;
    }

    /** The packs this engine ships and any a user's class path adds. */
    public static PackCatalog load() {
        return of(ServiceLoader.load(BaselinePack.class, PackCatalog.class.getClassLoader()).stream()
                .map(p -> p.get().pack()).toList());
    }

    public static PackCatalog of(List<Pack> packs) {
        Map<String, Pack> byId = new LinkedHashMap<>();
        packs.stream().sorted(java.util.Comparator.comparing(Pack::id)).forEach(p -> {
            if (byId.putIfAbsent(p.id(), p) != null) {
                throw new IllegalStateException("two packs have the id " + p.id());
            }
        });
        return new PackCatalog(java.util.Collections.unmodifiableMap(byId));
    }

    public Optional<Pack> pack(String id) {
        return Optional.ofNullable(packs.get(id));
    }

    public List<Pack> packs() {
        return List.copyOf(packs.values());
    }
}
