package dev.veil.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every regular file under a folder (or one file). Keys are paths relative to the folder with
 * {@code /} separators; the ETag is the MD5 of the content, as S3 reports it for an object
 * uploaded in one part, so a folder and the same files in a bucket give the same records and a
 * resumed scan sees a file as changed exactly when its content changed.
 */
public final class FolderSource implements ScanSource {
    private final Path root;

    public FolderSource(Path root) {
        this.root = root;
    }

    @Override
    public String describe() {
        return root.toString();
    }

    @Override
    public List<ObjectRef> list() throws IOException {
        if (!Files.exists(root)) {
            throw new ScanSourceException(root + ": no such file or folder");
        }
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        } else {
            files.add(root);
        }
        List<ObjectRef> refs = new ArrayList<>();
        for (Path f : files) {
            refs.add(new ObjectRef(key(f), md5(f), Files.size(f)));
        }
        refs.sort(Comparator.comparing(ObjectRef::key));
        return refs;
    }

    @Override
    public ObjectContent read(ObjectRef ref) throws IOException {
        try {
            return new ObjectContent(Files.readAllBytes(path(ref.key())), null);
        } catch (NoSuchFileException e) {
            throw new ScanSourceException("no such file");
        }
    }

    private String key(Path file) {
        if (file.equals(root)) {
            return file.getFileName().toString();
        }
        List<String> parts = new ArrayList<>();
        root.relativize(file).forEach(p -> parts.add(p.toString()));
        return String.join("/", parts);
    }

    private Path path(String key) {
        return Files.isDirectory(root) ? root.resolve(key.replace('/', root.getFileSystem().getSeparator().charAt(0)))
                : root;
    }

    private static String md5(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("MD5"); // S3's ETag for single-part objects; not a security use
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
