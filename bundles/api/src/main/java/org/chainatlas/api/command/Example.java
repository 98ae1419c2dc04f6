package org.chainatlas.api.command;

import org.chainatlas.api.model.Text;

/** A command line as a user would type it, and what it does. */
public record Example(String line, Text what) {
}
