package io.github.securescore.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.securescore.FileReplacement;
import io.github.securescore.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The benchmark jar's entry point: {@code java -jar identity-secure-score-bench.jar <benchmark> [options]}.
 * Each benchmark is a picocli subcommand; a new one is a class plus a line in {@code subcommands}.
 */
@Command(name = "identity-secure-score-bench", mixinStandardHelpOptions = true,
        description = "Benchmarks of the identity secure score engine (run with -Xmx256m, see bench/README.md).",
        subcommands = {CheckBenchmark.class, GenerateCommand.class, TrendBenchmark.class, GraphCollectBenchmark.class})
public final class Benchmarks implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new Benchmarks())
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    // bad input (a snapshot that does not read, too few users, an unwritable path): say what, no stack trace
                    if (e instanceof InvalidInputException || e instanceof IllegalArgumentException
                            || e instanceof IOException || e instanceof UncheckedIOException) {
                        commandLine.getErr().println(commandLine.getCommandName() + ": " + e.getMessage());
                        return 2;
                    }
                    throw e;
                })
                .execute(args);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /** A file in the directory of the running jar (bench/target when run as documented), else the working directory. */
    /**
     * Writes a benchmark's figures as indented JSON to {@code json}, or beside the jar as
     * {@code defaultName}, through a temp file so a reader never sees half of them.
     */
    static Path writeFigures(Path json, String defaultName, Map<String, Object> report) throws IOException {
        Path target = json != null ? json : besideJar(defaultName);
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path partial = Files.createTempFile(directory, defaultName, ".part");
        try {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(partial.toFile(), report);
            FileReplacement.replace(partial, target);
        } finally {
            Files.deleteIfExists(partial);
        }
        return target;
    }

    static Path besideJar(String name) {
        try {
            Path location = Path.of(Benchmarks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path directory = Files.isRegularFile(location) ? location.getParent() : location;
            return directory.resolve(name);
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Path.of(name);
        }
    }
}
