package org.yingzai.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.yingzai.shared.Sha256;

/**
 * Stored files in a folder ({@code yingzai.files.dir}), under {@code ab/cd/<sha256>}: the embedded
 * default, and a shared mount for a small installation of several nodes.
 */
final class FolderContentFiles implements ContentFiles {

  private final Path root;

  FolderContentFiles(Path root) {
    this.root = root.toAbsolutePath();
  }

  @Override
  public Path incoming() throws IOException {
    Files.createDirectories(root.resolve("incoming"));
    return Files.createTempFile(root.resolve("incoming"), "upload-", ".part");
  }

  @Override
  public void keep(Path incoming, String sha256) throws IOException {
    Path target = pathOf(sha256);
    if (Files.exists(target)) {
      // stored again just now: the sweep goes by this time
      Files.setLastModifiedTime(target, FileTime.from(now()));
      return;
    }
    Files.createDirectories(target.getParent());
    try (FileChannel channel = FileChannel.open(incoming, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    try {
      Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(incoming, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Override
  public String store(byte[] bytes) {
    String sha256 = Sha256.of(bytes);
    try {
      Path incoming = incoming();
      try {
        Files.write(incoming, bytes);
        keep(incoming, sha256);
      } finally {
        Files.deleteIfExists(incoming);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sha256;
  }

  @Override
  public InputStream open(String sha256) throws IOException {
    Path path = pathOf(sha256);
    return open(sha256, path, size(sha256, path));
  }

  @Override
  public InputStream openAsStored(String sha256) throws IOException {
    try {
      return Files.newInputStream(pathOf(sha256));
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(sha256, null, "not stored");
    }
  }

  @Override
  public InputStream open(String sha256, long size) throws IOException {
    return open(sha256, pathOf(sha256), size);
  }

  private static InputStream open(String sha256, Path path, long size) throws IOException {
    try {
      return new CheckedContent(Files.newInputStream(path), sha256, size);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(sha256, null, "not stored");
    }
  }

  private static long size(String sha256, Path path) throws IOException {
    try {
      return Files.size(path);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(sha256, null, "not stored");
    }
  }

  @Override
  public Stored find(String sha256) throws IOException {
    Path path = pathOf(sha256);
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      return new Stored(sha256, attributes.size(), attributes.lastModifiedTime().toInstant());
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  @Override
  public void forEach(Consumer<Stored> each) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root, 3)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        String name = path.getFileName().toString();
        if (ContentFiles.isSha256(name) && path.equals(pathOf(name))) {
          Stored stored = find(name);
          if (stored != null) {
            each.accept(stored);
          }
        }
      }
    }
  }

  @Override
  public void delete(String sha256) throws IOException {
    Files.deleteIfExists(pathOf(sha256));
  }

  // the file system's clock, which on a shared mount is the file server's
  @Override
  public Instant now() throws IOException {
    Path probe = incoming();
    try {
      return Files.getLastModifiedTime(probe).toInstant();
    } finally {
      Files.deleteIfExists(probe);
    }
  }

  @Override
  public String describe() {
    return "the folder " + root;
  }

  Path pathOf(String sha256) {
    ContentFiles.requireSha256(sha256);
    return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }
}
