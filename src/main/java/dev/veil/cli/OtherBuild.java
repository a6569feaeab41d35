package dev.veil.cli;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Another build of Veil's detection engine, loaded beside this one for {@code veil bench detect
 * --against}: its own {@code dev.veil} classes and resources (word lists) from its jar or classes
 * directory, the libraries from this build's class path (so a classes directory needs nothing
 * else). Its default engine is called by reflection, which costs nothing next to a scan.
 */
final class OtherBuild {
    private OtherBuild() {
    }

    /** The number of findings the other build's default engine gives for a text. */
    static ToIntFunction<String> load(Path location) throws IOException {
        ClassLoader loader = loaderFor(location);
        try {
            Class<?> engineClass = loader.loadClass("dev.veil.detect.DetectionEngine");
            Object engine = engineClass.getMethod("defaults").invoke(null);
            Method detect = engineClass.getMethod("detect", String.class);
            return text -> {
                try {
                    return ((List<?>) detect.invoke(engine, text)).size();
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("the other build failed on the text", e);
                }
            };
        } catch (ReflectiveOperationException e) {
            throw new IOException("no Veil detection engine in " + location + ": " + e, e);
        }
    }

    /** A class loader for the build at {@code location}: its {@code dev.veil} classes, this build's libraries. */
    static ClassLoader loaderFor(Path location) throws IOException {
        return new OwnClassesFirst(location.toUri().toURL(), OtherBuild.class.getClassLoader());
    }

    /** Loads {@code dev.veil} classes and every resource from its own location before asking its parent. */
    private static final class OwnClassesFirst extends URLClassLoader {
        OwnClassesFirst(URL location, ClassLoader parent) {
            super(new URL[] {location}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("dev.veil.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }
    }
}
