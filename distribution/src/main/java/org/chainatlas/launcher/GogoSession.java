package org.chainatlas.launcher;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * A Gogo command session, driven by reflection: the launcher shares no class with the bundles,
 * so the Gogo API is loaded from the bundle that registered the CommandProcessor.
 */
final class GogoSession implements AutoCloseable {

    static final String PROCESSOR = "org.apache.felix.service.command.CommandProcessor";
    private static final String SESSION = "org.apache.felix.service.command.CommandSession";
    /** The command scopes searched for an unprefixed name, the same in -c and in the console (conf/etc/gosh_profile). */
    static final String SCOPE = "atlas:felix:gogo:*";
    /** A command as {@link #executeLiteral} accepts it: a name, optionally scoped ("atlas:search"), nothing else. */
    private static final java.util.regex.Pattern COMMAND_NAME = java.util.regex.Pattern.compile("[A-Za-z_][\\w.-]*(:[A-Za-z_][\\w.-]*)?");
    /** The session variables that carry literal arguments: atlas_argument_1, … */
    private static final String ARGUMENT = "atlas_argument_";
    /** Converter.INSPECT: the level the Gogo console formats a command's result with. */
    private static final int INSPECT = 0;

    private final BundleContext context;
    private final ServiceReference<?> reference;
    private final Object session;
    private final Class<?> sessionType;

    private GogoSession(BundleContext context, ServiceReference<?> reference, Object session, Class<?> sessionType) {
        this.context = context;
        this.reference = reference;
        this.session = session;
        this.sessionType = sessionType;
    }

    /**
     * @param in,out,err the process's own streams (never the System ones Gogo installed: pitfall 1)
     */
    static GogoSession open(BundleContext context, InputStream in, OutputStream out, OutputStream err)
            throws LaunchException {
        ServiceReference<?> reference = context.getServiceReference(PROCESSOR);
        Object processor = reference == null ? null : context.getService(reference);
        if (processor == null) {
            throw new LaunchException("the Gogo shell is not running: bundle org.apache.felix.gogo.runtime"
                    + " is not active; see log/chainatlas.log");
        }
        try {
            Bundle gogo = reference.getBundle();
            Method create = gogo.loadClass(PROCESSOR)
                    .getMethod("createSession", InputStream.class, OutputStream.class, OutputStream.class);
            Object session = create.invoke(processor, in, out, err);
            Class<?> sessionType = gogo.loadClass(SESSION);
            // As the console's profile does: atlas commands work unprefixed, Gogo's own keep their names.
            sessionType.getMethod("put", String.class, Object.class).invoke(session, "SCOPE", SCOPE);
            return new GogoSession(context, reference, session, sessionType);
        } catch (ReflectiveOperationException e) {
            context.ungetService(reference);
            throw new LaunchException("this Gogo runtime cannot open a session: " + e, e);
        }
    }

    /** Where the session's commands resolve relative paths (an attached command's: its own terminal's). */
    void currentDir(java.nio.file.Path directory) {
        try {
            sessionType.getMethod("currentDir", java.nio.file.Path.class).invoke(session, directory);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this Gogo runtime has no current directory", e);
        }
    }

    /** Runs a whole command line; Gogo itself splits it on ';' and pipes. */
    Object execute(CharSequence line) throws CommandFailure {
        try {
            return sessionType.getMethod("execute", CharSequence.class).invoke(session, line);
        } catch (InvocationTargetException e) {
            throw new CommandFailure(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this Gogo runtime cannot execute a command line", e);
        }
    }

    /**
     * Runs one command with each argument as one literal word: the arguments reach Gogo as
     * session variables, so none is parsed, expanded or evaluated, whatever it holds.
     */
    Object executeLiteral(List<String> words) throws CommandFailure {
        String command = words.get(0);
        if (!COMMAND_NAME.matcher(command).matches()) {
            throw new CommandFailure(new IllegalArgumentException("'" + command + "' is not a command name;"
                    + " give one such as atlas:search, then its arguments (or use -c for a Gogo script)"));
        }
        StringBuilder line = new StringBuilder(command);
        try {
            Method put = sessionType.getMethod("put", String.class, Object.class);
            for (int i = 1; i < words.size(); i++) {
                put.invoke(session, ARGUMENT + i, words.get(i));
                line.append(" $").append(ARGUMENT).append(i);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this Gogo runtime cannot hold a session variable", e);
        }
        return execute(line);
    }

    /** The text the Gogo console would print for a command's result. */
    String format(Object result) throws CommandFailure {
        try {
            Method format = sessionType.getMethod("format", Object.class, int.class);
            return String.valueOf(format.invoke(session, result, INSPECT));
        } catch (InvocationTargetException e) {
            throw new CommandFailure(e.getCause());
        } catch (ReflectiveOperationException e) {
            return String.valueOf(result);
        }
    }

    @Override
    public void close() {
        try {
            sessionType.getMethod("close").invoke(session);
        } catch (ReflectiveOperationException e) {
            // the session only holds streams we own; nothing is lost
        } finally {
            context.ungetService(reference);
        }
    }

    /** A command of the line threw: the cause is what it threw. */
    static final class CommandFailure extends Exception {
        private static final long serialVersionUID = 1L;

        CommandFailure(Throwable cause) {
            super(cause);
        }
    }
}
