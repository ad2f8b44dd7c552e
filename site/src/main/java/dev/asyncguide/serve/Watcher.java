package dev.asyncguide.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the folders the site is made of (docs/, snippets/, the theme,
 * and the publishing settings) and hands over what changed, as paths
 * relative to the root, once the files have been quiet for a moment (an
 * editor's save is several events). Folders made later are watched too.
 */
final class Watcher implements AutoCloseable {

    /** Watched with everything under them. */
    static final List<String> TREES = List.of("docs", "snippets", "site/theme");
    /** Single files watched through their folder. */
    static final List<String> FILES = List.of("site/publish.properties");

    private static final long QUIET_MS = 200;
    private static final long MOST_MS = 2_000;

    private final Path root;
    private final WatchService ws;
    private final Map<WatchKey, Path> dirs = new HashMap<>();
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;

    Watcher(Path root, Consumer<Set<Path>> onChange) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.onChange = onChange;
        this.ws = FileSystems.getDefault().newWatchService();
        for (String t : TREES) {
            Path dir = this.root.resolve(t);
            if (Files.isDirectory(dir)) {
                registerAll(dir);
            }
        }
        for (String f : FILES) {
            Path dir = this.root.resolve(f).getParent();
            if (Files.isDirectory(dir) && !dirs.containsValue(dir)) {
                register(dir);
            }
        }
        this.thread = Thread.ofPlatform().name("serve-watcher").daemon().start(this::loop);
    }

    private void registerAll(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path d : all.filter(Files::isDirectory).toList()) {
                register(d);
            }
        }
    }

    private void register(Path dir) throws IOException {
        WatchKey key = dir.register(ws, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        dirs.put(key, dir);
    }

    /** A change in a watched tree, or to a watched file (its folder is
     *  watched only for it). */
    private boolean watched(Path dir, Path rel) {
        Path relDir = root.relativize(dir);
        if (TREES.stream().anyMatch(relDir::startsWith)) {
            return true;
        }
        return FILES.stream().anyMatch(f -> rel.equals(Path.of(f)));
    }

    private void loop() {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                collect(ws.take(), changed);
                long until = System.currentTimeMillis() + MOST_MS;
                WatchKey more;
                while (System.currentTimeMillis() < until
                        && (more = ws.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = dirs.get(key);
        for (WatchEvent<?> e : key.pollEvents()) {
            if (dir == null) {
                continue;
            }
            if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(Path.of("site/theme")); // events lost: build everything
                continue;
            }
            Path abs = dir.resolve((Path) e.context());
            Path rel = root.relativize(abs);
            if (!watched(dir, rel)) {
                continue;
            }
            if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(abs)) {
                try {
                    registerAll(abs);
                } catch (IOException ex) {
                    // gone again
                }
            }
            changed.add(rel);
        }
        if (!key.reset()) {
            dirs.remove(key);
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            ws.close();
        } catch (IOException e) {
            // closing
        }
    }
}
