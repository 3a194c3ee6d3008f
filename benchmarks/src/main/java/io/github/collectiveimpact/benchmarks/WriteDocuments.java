package io.github.collectiveimpact.benchmarks;

import io.github.collectiveimpact.json.CollectiveImpactJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes synthetic initiative documents of one size into a folder, for timing the command-line tool on a
 * network's worth of members:
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.collectiveimpact.benchmarks.WriteDocuments M 200 /tmp/m200
 * }</pre>
 *
 * <p>Document {@code i} (from 0) is {@code member-NNN.json}, the initiative of the size with the seed
 * {@link SyntheticInitiatives#DEFAULT_SEED} + i, written by {@link CollectiveImpactJson}: every member
 * differs, and the same arguments give the same files.
 */
public final class WriteDocuments {
  private WriteDocuments() {}

  /**
   * Writes the documents.
   *
   * @param args the size ({@code S}, {@code M} or {@code L}), the number of documents and the folder
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: WriteDocuments S|M|L COUNT FOLDER");
      System.exit(2);
    }
    Size size = Size.valueOf(args[0].toUpperCase(Locale.ROOT));
    int count = Integer.parseInt(args[1]);
    Path folder = Files.createDirectories(Path.of(args[2]));
    CollectiveImpactJson json = CollectiveImpactJson.create();
    for (int i = 0; i < count; i++) {
      Path file = folder.resolve(String.format(Locale.ROOT, "member-%03d.json", i));
      try (OutputStream out = Files.newOutputStream(file)) {
        json.writeInitiative(
            SyntheticInitiatives.generate(size, SyntheticInitiatives.DEFAULT_SEED + i), out);
      }
    }
    System.out.println(count + " documents of size " + size + " in " + folder);
  }
}
