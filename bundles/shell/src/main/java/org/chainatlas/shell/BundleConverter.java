package org.chainatlas.shell;

import org.apache.felix.service.command.Converter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Lets Gogo's own bundle commands take a bundle id or symbolic name ({@code stop 21},
 * {@code update org.chainatlas.layer-middle}) in every session. Gogo's console brings such a
 * converter along, but {@code bin/atlas -c} runs without the console bundles.
 */
@Component(service = Converter.class)
public final class BundleConverter implements Converter {
    private final BundleContext context;

    @Activate
    public BundleConverter(BundleContext context) {
        this.context = context;
    }

    @Override
    public Object convert(Class<?> desiredType, Object in) {
        if (desiredType != Bundle.class || in == null) {
            return null;
        }
        String text = in.toString().strip();
        if (text.matches("\\d+")) {
            return context.getBundle(Long.parseLong(text));
        }
        for (Bundle bundle : context.getBundles()) {
            if (text.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }

    @Override
    public CharSequence format(Object target, int level, Converter escape) {
        return null; // formatting stays Gogo's
    }
}
