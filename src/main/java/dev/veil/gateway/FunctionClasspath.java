package dev.veil.gateway;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Classpaths for a function run by {@link RicFunction}: this JVM's own, or a Lambda deployment
 * package ({@code veil-lambda.zip}: classes at the root, libraries in {@code lib/}) unpacked, plus
 * the runtime interface client that the managed runtime would bring and the zip leaves out.
 */
final class FunctionClasspath {
    /**
     * A class from each jar the runtime interface client needs: the client itself, its event
     * serialisation library and the SDK's utils-lite (the client's own dependencies).
     */
    static final List<String> RUNTIME_CLASSES = List.of(
            "com.amazonaws.services.lambda.runtime.api.client.AWSLambda",
            "com.amazonaws.services.lambda.runtime.serialization.PojoSerializer",
            "software.amazon.awssdk.utilslite.SdkInternalThreadLocal",
            "com.amazonaws.services.lambda.runtime.RequestStreamHandler");

    private FunctionClasspath() {
    }

    /** This JVM's classpath ({@code java.class.path}): for a shaded jar, the jar itself. */
    static List<Path> ownClasspath() {
        List<Path> out = new ArrayList<>();
        for (String p : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!p.isBlank()) {
                out.add(Path.of(p).toAbsolutePath());
            }
        }
        return out;
    }

    /**
     * Unpacks {@code zip} into {@code into} and returns the function's classpath: the root, then
     * {@code lib/*.jar} in name order (as Lambda loads them), then the jars of this JVM that hold
     * the runtime classes the zip lacks.
     */
    static List<Path> unpackLambdaZip(Path zip, Path into) {
        Path root = into.toAbsolutePath().normalize();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = z.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                Path target = root.resolve(e.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new IllegalArgumentException("the zip has an entry outside its root: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = z.getInputStream(e)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + zip, e);
        }
        List<Path> classpath = new ArrayList<>();
        classpath.add(root);
        Path lib = root.resolve("lib");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> jars = Files.list(lib)) {
                jars.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().forEach(classpath::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        classpath.addAll(runtimeJarsMissingFrom(classpath));
        return classpath;
    }

    /** The jars (or folders) of this JVM that hold the {@link #RUNTIME_CLASSES} {@code classpath} lacks. */
    static List<Path> runtimeJarsMissingFrom(List<Path> classpath) {
        Set<Path> out = new LinkedHashSet<>();
        for (String name : RUNTIME_CLASSES) {
            String resource = name.replace('.', '/') + ".class";
            if (!contains(classpath, resource)) {
                out.add(locationOf(name));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Copies the runtime interface client's native library for this platform into {@code dir} and
     * returns it, or null when this JVM's client has none for it. The client otherwise copies it to
     * the fixed path {@code /tmp/.libaws-lambda-jni.so} at every start, so JVMs starting together
     * overwrite a library another one is loading (seen here: a child aborting with exit code 134).
     */
    static Path extractNativeClient(Path dir) {
        String arch = System.getProperty("os.arch", "");
        String cpu = arch.equals("aarch64") || arch.equals("arm64") ? "aarch_64" : "x86_64";
        boolean musl;
        try (Stream<Path> libs = Files.list(Path.of("/lib"))) {
            musl = libs.anyMatch(p -> p.getFileName().toString().startsWith("ld-musl-"));
        } catch (IOException e) {
            musl = false;
        }
        String name = "/jni/libaws-lambda-jni." + (musl ? "linux_musl-" : "linux-") + cpu + ".so";
        try {
            Class<?> client = Class.forName(RUNTIME_CLASSES.get(0), false, FunctionClasspath.class.getClassLoader());
            try (InputStream in = client.getResourceAsStream(name)) {
                if (in == null) {
                    return null;
                }
                Path target = dir.resolve("libaws-lambda-jni.so");
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                return target;
            }
        } catch (ClassNotFoundException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the runtime interface client's native library", e);
        }
    }

    private static boolean contains(List<Path> classpath, String resource) {
        for (Path p : classpath) {
            if (Files.isDirectory(p)) {
                if (Files.isRegularFile(p.resolve(resource))) {
                    return true;
                }
            } else if (Files.isRegularFile(p)) {
                try (JarFile jar = new JarFile(p.toFile())) {
                    if (jar.getEntry(resource) != null) {
                        return true;
                    }
                } catch (IOException e) {
                    // not a jar: it holds nothing
                }
            }
        }
        return false;
    }

    private static Path locationOf(String className) {
        try {
            Class<?> c = Class.forName(className, false, FunctionClasspath.class.getClassLoader());
            CodeSource source = c.getProtectionDomain().getCodeSource();
            if (source == null) {
                throw new IllegalStateException(className + " has no location in this JVM");
            }
            return Path.of(source.getLocation().toURI()).toAbsolutePath();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the Lambda runtime interface client is not on this JVM's classpath ("
                    + className + ")", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate " + className, e);
        }
    }
}
