package dev.suitcase.adapters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of suitcase itself, which the build writes into {@code suitcase/adapters/build.properties}. */
public final class SuiteVersion {
    private static final String RESOURCE = "suitcase/adapters/build.properties";

    private SuiteVersion() {
    }

    public static String get() {
        try (InputStream in = SuiteVersion.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath; the adapters jar carries it");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
