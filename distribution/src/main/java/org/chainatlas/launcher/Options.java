package org.chainatlas.launcher;

import java.util.Arrays;
import java.util.List;

/**
 * What {@code bin/atlas} was asked to do.
 *
 * @param command the Gogo command line of {@code -c}, or null
 * @param words   {@code COMMAND ARG...} to run with each argument taken literally, or empty
 * @param clean   whether to forget the saved framework state first
 * @param help    whether only the usage is wanted
 */
record Options(String command, List<String> words, boolean clean, boolean help) {

    Options {
        words = List.copyOf(words);
    }

    /** Neither -c nor COMMAND ARG...: the console. */
    boolean console() {
        return command == null && words.isEmpty();
    }

    static final String USAGE = """
            Usage: atlas [--clean] [COMMAND [ARG...] | -c SCRIPT...]

            Opens the ChainAtlas console: the atlas of the industrial blockchain ecosystem.

              COMMAND ARG...             run one command without a console, each ARG as one literal
                                         word (no $ expansion, no ';', nothing evaluated), then exit:
                                         status 0 on success, 1 if it fails, with its message on
                                         stderr. Scripts that pass a user's text use this form.
              -c, --command SCRIPT...    run SCRIPT, a Gogo script (commands separated by ';'; all the
                                         remaining arguments), like sh -c, then exit as above
                  --clean                forget the saved state in data/cache (bundles installed at
                                         run time, stopped bundles) and start from the defaults
              -h, --help                 print this help and exit

            While a console is open on this installation, COMMAND and -c run inside it (over
            data/console.sock, open to its owner only) and print what they would print alone.

            Examples:
              atlas                                    open the console; 'help atlas' lists the commands
              atlas atlas:search "$term" --json        search for a user's text, whatever it holds
              atlas -c "atlas:stats; atlas:list --layer base --json"
            """;

    static Options parse(String... args) throws UsageException {
        boolean clean = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h", "--help" -> {
                    return new Options(null, List.of(), clean, true);
                }
                case "--clean" -> clean = true;
                case "-c", "--command" -> {
                    return new Options(commandLine(args, i + 1), List.of(), clean, false);
                }
                default -> {
                    if (args[i].startsWith("-")) {
                        throw new UsageException("unknown option '" + args[i] + "'; see 'atlas --help'");
                    }
                    return new Options(null, Arrays.asList(args).subList(i, args.length), clean, false);
                }
            }
        }
        return new Options(null, List.of(), clean, false);
    }

    /** Like {@code sh -c}, but all the remaining words form the line, so quoting it is optional. */
    private static String commandLine(String[] args, int from) throws UsageException {
        String line = String.join(" ", Arrays.asList(args).subList(from, args.length)).strip();
        if (line.isEmpty()) {
            throw new UsageException("-c needs a command line, e.g. atlas -c \"atlas:stats\"");
        }
        return line;
    }
}
