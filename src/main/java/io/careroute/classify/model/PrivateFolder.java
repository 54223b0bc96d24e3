package io.careroute.classify.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * A folder for files careroute later trusts (cached models): created readable and writable by its
 * owner only, and checked before anything in it is read, so another local user cannot plant one.
 */
final class PrivateFolder {

  private static final Logger LOG = Logger.getLogger(PrivateFolder.class);

  private PrivateFolder() {}

  /** Creates the folder, and any missing parents, with owner-only permissions where possible. */
  static void create(Path folder) throws IOException {
    if (Files.isDirectory(folder)) {
      return;
    }
    if (supportsPosix(folder)) {
      Files.createDirectories(
          folder,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } else {
      Files.createDirectories(folder);
    }
  }

  /** Whether no one but the owner may write into this folder (true where POSIX is unknown). */
  static boolean isPrivate(Path folder) {
    try {
      if (!supportsPosix(folder)) {
        return true;
      }
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder);
      boolean shared =
          permissions.contains(PosixFilePermission.OTHERS_WRITE)
              || permissions.contains(PosixFilePermission.GROUP_WRITE);
      if (shared) {
        LOG.warnf("%s may be written by others: its cached models are not trusted", folder);
      }
      return !shared;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean supportsPosix(Path folder) {
    Path existing = folder.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    return existing != null
        && existing.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
