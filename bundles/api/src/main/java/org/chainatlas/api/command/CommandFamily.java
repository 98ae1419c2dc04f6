package org.chainatlas.api.command;

import java.util.List;

/**
 * The declarations of a bundle's console commands, offered as a service so that help and
 * completion find every command, whichever bundle provides it.
 */
public interface CommandFamily {
    List<CommandSpec> commands();
}
