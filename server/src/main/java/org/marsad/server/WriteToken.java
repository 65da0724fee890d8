package org.marsad.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret that write endpoints ({@code POST /api/ingest}) ask for, as {@code Authorization:
 * Bearer TOKEN}. Taken from the environment ({@code MARSAD_TOKEN}) when set, else from {@code
 * STORE/token}, else generated there on first start (256 random bits, the file readable by its
 * owner only).
 *
 * @param value the token
 * @param origin where it came from, for the start-up line ("MARSAD_TOKEN", or the file)
 * @param generated true when this start created it
 */
public record WriteToken(String value, String origin, boolean generated) {
  public static final String ENV = "MARSAD_TOKEN";

  public WriteToken {
    if (value == null || value.isBlank()) throw new IllegalArgumentException("empty write token");
  }

  /** The token for a store: the environment's, the store's file, or a new one saved there. */
  public static WriteToken forStore(Path storeDir) throws IOException {
    String env = System.getenv(ENV);
    if (env != null && !env.isBlank()) return new WriteToken(env.strip(), ENV, false);
    Path file = storeDir.resolve("token");
    if (Files.exists(file)) {
      return new WriteToken(Files.readString(file, StandardCharsets.UTF_8).strip(), file.toString(), false);
    }
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Files.createDirectories(storeDir);
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file); // not a POSIX file system
    } catch (FileAlreadyExistsException e) {
      return forStore(storeDir); // another process made it first
    }
    Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
    return new WriteToken(token, file.toString(), true);
  }

  /** Compares in constant time, so response times do not leak the token. */
  public boolean matches(String candidate) {
    if (candidate == null) return false;
    return MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
        candidate.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "WriteToken[" + origin + "]"; // never the secret itself
  }
}
