/**
 * How a console command declares its words once — options with their value names, defaults and
 * valid values, operands, description and examples in both languages — so that one parser turns
 * what a user typed into values or one sentence, and help and completion read the same
 * declaration. A bundle offers its commands' declarations as a {@link org.chainatlas.api.command.CommandFamily}
 * service beside the Gogo command service.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.chainatlas.api.command;
