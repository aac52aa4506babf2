package io.github.crmkit.io.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Lines of a byte range of a file, or of a stream, read in large chunks and returned in place:
 * after {@link #next()} the line, without its break, is {@code chunk()[lineStart(), lineEnd())}.
 * LF, CRLF and a lone CR all end a line. A line that runs past the end of a chunk is moved to the
 * front before the next read, so no line is copied otherwise.
 *
 * <p>Internal to crmkit (shared by crmkit-io's CSV reader and the command line's other byte-level
 * readers); not an API.
 */
public final class ByteLines {
  /** The longest line read, in bytes: a longer one is an error before it is buffered further. */
  public static final int MAX_LINE = 4 << 20;

  private final @Nullable FileChannel file;
  private final @Nullable ReadableByteChannel stream;
  private long next;
  private final long to;
  private byte[] chunk;
  private int pos;
  private int limit;
  private long consumed;
  private boolean eof;
  private int lineStart;
  private int lineEnd;
  private long lineOffset;
  private final @Nullable LongConsumer progress;

  private ByteLines(
      @Nullable FileChannel file,
      @Nullable ReadableByteChannel stream,
      long from,
      long to,
      @Nullable LongConsumer progress,
      int chunkSize) {
    this.chunk = new byte[chunkSize];
    this.file = file;
    this.stream = stream;
    this.next = from;
    this.to = to;
    this.consumed = from;
    this.progress = progress;
  }

  /**
   * The lines of bytes {@code [from, to)} of a file, read at their positions (the channel's own
   * position is not used, so parts of one file can be read by several threads).
   *
   * @param file the file
   * @param from the first byte
   * @param to the byte after the last
   * @param progress told the number of bytes of each read, or null
   * @return the lines
   */
  public static ByteLines of(
      FileChannel file, long from, long to, @Nullable LongConsumer progress) {
    return new ByteLines(file, null, from, to, progress, 1 << 20);
  }

  /**
   * {@link #of(FileChannel, long, long, LongConsumer)} reading {@code chunkSize} bytes at a time at
   * first (tests cut lines and CRLF pairs between chunks with small ones; a longer line grows the
   * buffer).
   *
   * @param file the file
   * @param from the first byte
   * @param to the byte after the last
   * @param chunkSize the bytes read at a time, at least 1
   * @return the lines
   */
  public static ByteLines of(FileChannel file, long from, long to, int chunkSize) {
    if (chunkSize < 1) {
      throw new IllegalArgumentException("chunkSize must be at least 1, but was " + chunkSize);
    }
    return new ByteLines(file, null, from, to, null, chunkSize);
  }

  /**
   * The lines of a stream, read from its current position to its end.
   *
   * @param stream the stream
   * @param progress told the number of bytes of each read, or null
   * @return the lines
   */
  public static ByteLines of(ReadableByteChannel stream, @Nullable LongConsumer progress) {
    return new ByteLines(null, stream, 0, Long.MAX_VALUE, progress, 1 << 20);
  }

  /**
   * Returns the buffer holding the current line (valid until the next call of {@link #next()}).
   *
   * @return the buffer
   */
  public byte[] chunk() {
    return chunk;
  }

  /**
   * Returns the offset of the current line's first byte in {@link #chunk()}.
   *
   * @return the offset
   */
  public int lineStart() {
    return lineStart;
  }

  /**
   * Returns the offset after the current line's last byte (before its break) in {@link #chunk()}.
   *
   * @return the offset
   */
  public int lineEnd() {
    return lineEnd;
  }

  /**
   * Returns the offset in the file or stream of the current line's first byte.
   *
   * @return the offset
   */
  public long lineOffset() {
    return lineOffset;
  }

  /**
   * Returns the offset in the file or stream after the last line returned and its break.
   *
   * @return the offset
   */
  public long consumed() {
    return consumed;
  }

  /**
   * Moves to the next line.
   *
   * @return false at the end of the range
   * @throws IOException if reading fails
   * @throws LineTooLong if the line is longer than {@link #MAX_LINE} bytes
   */
  public boolean next() throws IOException {
    int scan = pos;
    while (true) {
      int i = scan;
      byte[] c = chunk;
      // Eight bytes at a time to the first LF or CR, then byte by byte.
      while (i + 8 <= limit) {
        long v = (long) LONGS.get(c, i);
        long breaks = zeroBytes(v ^ 0x0A0A0A0A0A0A0A0AL) | zeroBytes(v ^ 0x0D0D0D0D0D0D0D0DL);
        if (breaks != 0) {
          i += Long.numberOfTrailingZeros(breaks) >>> 3;
          break;
        }
        i += 8;
      }
      while (i < limit && c[i] != '\n' && c[i] != '\r') {
        i++;
      }
      boolean lastByteIsCr = false;
      if (i < limit) {
        if (c[i] == '\n' || i + 1 < limit || eof || next >= to) {
          int after = i + 1;
          if (c[i] == '\r' && i + 1 < limit && c[i + 1] == '\n') {
            after = i + 2;
          }
          return line(i, after);
        }
        // A CR as the chunk's last byte: an LF may follow in the next read.
        lastByteIsCr = true;
      } else if (eof || next >= to) {
        eof = true;
        if (pos < limit) {
          return line(limit, limit);
        }
        return false;
      }
      int rest = limit - pos;
      if (rest >= MAX_LINE) {
        throw new LineTooLong();
      }
      if (rest == chunk.length) {
        chunk = Arrays.copyOf(chunk, Math.min(chunk.length * 2, MAX_LINE + 1));
      } else if (pos > 0) {
        System.arraycopy(chunk, pos, chunk, 0, rest);
      }
      pos = 0;
      limit = rest;
      scan = lastByteIsCr ? rest - 1 : rest;
      ByteBuffer bb =
          ByteBuffer.wrap(chunk, limit, (int) Math.min(chunk.length - limit, to - next));
      int read = file != null ? file.read(bb, next) : readFully(bb);
      if (read <= 0) {
        eof = true;
        continue;
      }
      next += read;
      limit += read;
      if (progress != null) {
        progress.accept(read);
      }
    }
  }

  /** Returns the line {@code [pos, end)}, whose break ends before {@code after}. */
  private boolean line(int end, int after) {
    lineOffset = consumed;
    lineStart = pos;
    lineEnd = end;
    consumed += after - pos;
    pos = after;
    return true;
  }

  /** Fills the buffer from the stream as far as it gives; the bytes read, or -1 at its end. */
  private int readFully(ByteBuffer bb) throws IOException {
    ReadableByteChannel s = java.util.Objects.requireNonNull(stream);
    int total = 0;
    while (bb.hasRemaining()) {
      int n = s.read(bb);
      if (n < 0) {
        return total == 0 ? -1 : total;
      }
      total += n;
    }
    return total;
  }

  /**
   * The mean length of the first lines from {@code from} (up to 64 KiB), at least 8 bytes; 64 when
   * no line break is found.
   *
   * @param ch the file
   * @param from the first byte
   * @param size the file's size
   * @return bytes per line
   * @throws IOException if reading fails
   */
  public static double bytesPerLine(FileChannel ch, long from, long size) throws IOException {
    ByteBuffer bb = ByteBuffer.allocate((int) Math.min(1 << 16, size - from));
    int n = bb.capacity() == 0 ? 0 : ch.read(bb, from);
    int lines = 0;
    for (int i = 0; i < n; i++) {
      if (bb.get(i) == '\n') {
        lines++;
      }
    }
    return lines == 0 ? 64 : Math.max(8, (double) n / lines);
  }

  /**
   * Cuts bytes {@code [from, size)} of a file into {@code parts} ranges of about equal size, each
   * ending just after a line break (LF), so that every line lies in one range.
   *
   * @param ch the file
   * @param from the first byte (the start of a line)
   * @param size the file's size
   * @param parts the number of ranges, 1 or more
   * @return the {@code parts + 1} boundaries, never decreasing: range k is {@code [cut[k], cut[k +
   *     1])}
   * @throws IOException if reading fails
   */
  public static long[] cuts(FileChannel ch, long from, long size, int parts) throws IOException {
    long[] cut = new long[parts + 1];
    cut[0] = from;
    cut[parts] = size;
    for (int k = 1; k < parts; k++) {
      cut[k] = Math.max(cut[k - 1], nextLine(ch, from + (size - from) * k / parts, size));
    }
    return cut;
  }

  /**
   * The offset just after the first line break (LF) at or after {@code from}, or {@code size}.
   *
   * @param ch the file
   * @param from where to start looking
   * @param size the file's size
   * @return the offset
   * @throws IOException if reading fails
   */
  public static long nextLine(FileChannel ch, long from, long size) throws IOException {
    ByteBuffer bb = ByteBuffer.allocate(4096);
    long pos = from;
    while (pos < size) {
      bb.clear();
      int n = ch.read(bb, pos);
      if (n <= 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        if (bb.get(i) == '\n') {
          return pos + i + 1;
        }
      }
      pos += n;
    }
    return size;
  }

  /** Eight bytes of a byte array read as one little-endian long, for the word-at-a-time scans. */
  public static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
          long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

  /**
   * The high bit of each byte of {@code x} that is zero (exactly: no borrow crosses bytes), the one
   * byte test behind crmkit's word-at-a-time scans (line breaks, delimiters, dots, ids).
   *
   * @param x eight bytes
   * @return {@code 0x80} in each byte that was zero, {@code 0} in the others
   */
  public static long zeroBytes(long x) {
    return ~(((x & LOW7) + LOW7) | x | LOW7);
  }

  /**
   * Where a header line's text starts: after a UTF-8 byte order mark, if the line begins with one.
   *
   * @param b the bytes
   * @param from the line's first byte
   * @param to the byte after the line's last
   * @return {@code from}, or {@code from + 3} after a byte order mark
   */
  public static int afterByteOrderMark(byte[] b, int from, int to) {
    return to - from >= 3
            && b[from] == (byte) 0xEF
            && b[from + 1] == (byte) 0xBB
            && b[from + 2] == (byte) 0xBF
        ? from + 3
        : from;
  }

  /**
   * The index of the first byte of {@code b[from, to)} that is not valid UTF-8, or -1.
   *
   * @param b the bytes
   * @param from the first
   * @param to after the last
   * @return the index or -1
   */
  public static int invalidUtf8(byte[] b, int from, int to) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, from, to - from);
    CharBuffer out = CharBuffer.allocate(to - from);
    CoderResult res = d.decode(in, out, true);
    return res.isError() || res.isOverflow() ? in.position() : -1;
  }

  /** A line over {@link #MAX_LINE} bytes; the reader reports it with its line number. */
  public static final class LineTooLong extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception, without a stack trace. */
    public LineTooLong() {
      super(null, null, false, false);
    }
  }
}
