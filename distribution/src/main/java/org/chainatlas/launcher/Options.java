package org.chainatlas.launcher;

import java.util.Arrays;

/**
 * What {@code bin/atlas} was asked to do.
 *
 * @param command the Gogo command line of {@code -c}, or null to open the console
 * @param clean   whether to forget the saved framework state first
 * @param help    whether only the usage is wanted
 */
record Options(String command, boolean clean, boolean help) {

    static final String USAGE = """
            Usage: atlas [--clean] [-c COMMANDS...]

            Opens the ChainAtlas console: the atlas of the industrial blockchain ecosystem.

              -c, --command COMMANDS...  run COMMANDS (Gogo commands separated by ';'; all the
                                         remaining arguments) without a console, then exit: status 0
                                         on success, 1 if a command fails, with its message on stderr
                  --clean                forget the saved state in data/cache (bundles installed at
                                         run time, stopped bundles) and start from the defaults
              -h, --help                 print this help and exit

            Examples:
              atlas                                    open the console; 'help atlas' lists the commands
              atlas -c "atlas:stats"
              atlas -c "atlas:list --layer base --json"
            """;

    static Options parse(String... args) throws UsageException {
        boolean clean = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h", "--help" -> {
                    return new Options(null, clean, true);
                }
                case "--clean" -> clean = true;
                case "-c", "--command" -> {
                    return new Options(commandLine(args, i + 1), clean, false);
                }
                default -> throw new UsageException("unknown option '" + args[i] + "'; see 'atlas --help'");
            }
        }
        return new Options(null, clean, false);
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
