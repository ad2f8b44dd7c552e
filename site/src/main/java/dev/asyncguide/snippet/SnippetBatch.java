package dev.asyncguide.snippet;

import dev.asyncguide.snippet.SnippetRunner.Run;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs many snippets in as little wall time as their timings allow:
 * compile everything first (CPU-bound, two at a time), then run the
 * sleep-bound snippets side by side, then the {@code @alone} ones one by
 * one, so a snippet's timing never pays for another's start-up.
 */
public final class SnippetBatch {

    /** What happened to one snippet. A problem is a one-line message. */
    public record Outcome(Snippet snippet, Optional<Expectation> expectation,
                          Optional<Run> run, Optional<Run> python,
                          Optional<String> problem) {}

    /** Sleep-bound snippets run this many at a time. */
    static final int SIDE_BY_SIDE = 6;

    private final SnippetRunner runner;
    private final Consumer<String> progress;
    private final boolean withPython;

    public SnippetBatch(SnippetRunner runner, Consumer<String> progress,
                        boolean withPython) {
        this.runner = runner;
        this.progress = progress;
        this.withPython = withPython;
    }

    public Map<String, Outcome> runAll(List<Snippet> snippets) throws Exception {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        Map<Snippet, Expectation> ready = new LinkedHashMap<>();
        for (Snippet s : snippets) {
            try {
                ready.put(s, s.expectation());
            } catch (IllegalArgumentException e) {
                outcomes.put(s.name(), failed(s, null, e.getMessage()));
            }
        }
        compileAll(ready, outcomes);

        List<Snippet> together = new ArrayList<>();
        List<Snippet> alone = new ArrayList<>();
        ready.forEach((s, e) -> (e.alone() ? alone : together).add(s));
        int total = ready.size();
        AtomicInteger done = new AtomicInteger();
        Map<Snippet, Future<Outcome>> futures = new LinkedHashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(SIDE_BY_SIDE)) {
            for (Snippet s : together) {
                futures.put(s, pool.submit(() -> runOne(s, ready.get(s), done, total)));
            }
        }
        for (Snippet s : alone) {
            try (ExecutorService one = Executors.newSingleThreadExecutor()) {
                futures.put(s, one.submit(() -> runOne(s, ready.get(s), done, total)));
            }
        }
        for (Snippet s : snippets) {
            Future<Outcome> f = futures.get(s);
            if (f != null) {
                outcomes.put(s.name(), f.get());
            }
        }
        Map<String, Outcome> ordered = new LinkedHashMap<>();
        snippets.forEach(s -> ordered.put(s.name(), outcomes.get(s.name())));
        return ordered;
    }

    private void compileAll(Map<Snippet, Expectation> ready,
                            Map<String, Outcome> outcomes) throws Exception {
        AtomicInteger n = new AtomicInteger();
        Map<Snippet, Future<Optional<String>>> compiled = new LinkedHashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (Snippet s : ready.keySet()) {
                compiled.put(s, pool.submit(() -> {
                    try {
                        runner.compile(s);
                        progress.accept("compiled " + n.incrementAndGet() + "/"
                                + ready.size() + ": " + s.fileName());
                        return Optional.<String>empty();
                    } catch (SnippetRunner.SnippetException e) {
                        return Optional.of(e.getMessage());
                    }
                }));
            }
        }
        for (var e : compiled.entrySet()) {
            Optional<String> problem = e.getValue().get();
            if (problem.isPresent()) {
                Snippet s = e.getKey();
                outcomes.put(s.name(), failed(s, ready.remove(s), problem.get()));
            }
        }
    }

    private Outcome runOne(Snippet s, Expectation exp, AtomicInteger done,
                           int total) throws Exception {
        Duration timeout = exp.timeout();
        Run run = runner.run(s, timeout);
        Optional<Run> python = Optional.empty();
        if (withPython && exp.python().isPresent()) {
            python = Optional.of(runner.runPython(s.pythonFile(exp).orElseThrow(), timeout));
        }
        progress.accept("ran " + done.incrementAndGet() + "/" + total + ": "
                + s.fileName() + timingsOf(run));
        Optional<String> problem = run.ok() ? Optional.empty()
                : Optional.of(SnippetRunner.failure(s.source(), run, timeout));
        return new Outcome(s, Optional.of(exp), Optional.of(run), python, problem);
    }

    private static String timingsOf(Run run) {
        var t = run.stdout().stream().filter(l -> Timing.parse(l).isPresent())
                .toList();
        return t.isEmpty() ? "" : " (" + String.join(", ", t) + ")";
    }

    private static Outcome failed(Snippet s, Expectation exp, String problem) {
        return new Outcome(s, Optional.ofNullable(exp), Optional.empty(),
                Optional.empty(), Optional.of(problem));
    }
}
