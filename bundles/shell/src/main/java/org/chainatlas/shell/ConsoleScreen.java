package org.chainatlas.shell;

import java.io.PrintStream;
import java.util.List;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Job;
import org.apache.felix.service.command.Process;

/**
 * The screen a command's text lands on. In the interactive console, where the command's output goes
 * straight to the terminal (not into a pipe or a variable), tables are fitted to the terminal's width
 * and text taller than the window goes through Gogo's pager ({@code less -F}: it quits at once when
 * the text fits, and 'q' leaves it), like Karaf's {@code more}. Anywhere else (bin/atlas -c, a script,
 * a pipe, a test) the text is printed whole and unchanged, so scripts see the same output at any width.
 */
record ConsoleScreen(int width, int height, CommandSession session) {

    /** Nowhere to fit or page: a script, a pipe or a test. */
    static final ConsoleScreen NONE = new ConsoleScreen(0, 0, null);

    /** The screen of the command running on this thread (Gogo's current job), or {@link #NONE}. */
    static ConsoleScreen current() {
        Process process = Process.Utils.current();
        Job job = Job.Utils.current();
        if (process == null || job == null || !process.isTty(1)) {
            return NONE;
        }
        return of(job.session());
    }

    /** The session's terminal, if it has one that knows its size. */
    static ConsoleScreen of(CommandSession session) {
        int width = TerminalWidth.terminalSize(session, "getWidth");
        int height = TerminalWidth.terminalSize(session, "getHeight");
        return width > 0 && height > 0 ? new ConsoleScreen(width, height, session) : NONE;
    }

    /** This screen as --wide (tables whole: no width) and --no-pager (never page: no height) leave it. */
    ConsoleScreen adjusted(boolean wide, boolean noPager) {
        if (session == null) {
            return this;
        }
        return new ConsoleScreen(wide ? 0 : width, noPager ? Integer.MAX_VALUE : height, session);
    }

    /** Prints {@code lines}, through the pager where they are taller than the window (less the prompt's line). */
    void show(List<String> lines, PrintStream out) {
        if (session == null || lines.size() < height) {
            lines.forEach(out::println);
            out.flush();
            return;
        }
        out.flush();
        try {
            page(lines);
        } catch (Exception e) {
            // A pager that cannot start must not cost the answer: print it whole instead.
            lines.forEach(out::println);
            out.flush();
        }
    }

    /** The text reaches Gogo's {@code less} on its standard input, through a session variable (never parsed). */
    private void page(List<String> lines) throws Exception {
        try {
            session.put(PAGE_VARIABLE, String.join("\n", lines));
            session.execute("echo $" + PAGE_VARIABLE + " | gogo:less -F -S");
        } finally {
            session.put(PAGE_VARIABLE, null);
        }
    }

    private static final String PAGE_VARIABLE = "atlas_page";
}
