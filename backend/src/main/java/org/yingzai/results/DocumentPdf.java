package org.yingzai.results;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Renders a result document as an A4 PDF: the Noto Serif SC font embedded (only the glyphs used),
 * so that every Chinese character prints and its text can be copied back out, and a QR code drawn
 * as vector squares that leads to the public verification.
 */
@Component
class DocumentPdf {

  private static final String FONT = "org/yingzai/results/fonts/NotoSerifSC-Regular.ttf";
  private static final float QR_SIZE = 96;

  private final BaseFont font;

  DocumentPdf() {
    this.font = loadFont();
  }

  private static BaseFont loadFont() {
    try (InputStream in = DocumentPdf.class.getClassLoader().getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IllegalStateException("The documents' font is missing: " + FONT);
      }
      // IDENTITY_H with the font embedded: a subset of CID glyphs with a ToUnicode map
      return BaseFont.createFont(
          "NotoSerifSC-Regular.ttf",
          BaseFont.IDENTITY_H,
          BaseFont.EMBEDDED,
          true,
          in.readAllBytes(),
          null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] render(DocumentContent content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 72, 72, 72, 72);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      document.addTitle(content.title());
      document.addCreator("营在高新");
      document.open();

      Font issuer = new Font(font, 14);
      Font title = new Font(font, 22);
      Font body = new Font(font, 12);
      Font small = new Font(font, 9);

      centered(document, new Chunk(content.issuer(), issuer), 14);
      // no bold cut of the font is shipped: the title is stroked to stand out
      Chunk titleChunk = new Chunk(content.title(), title);
      titleChunk.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, 0.4f, null);
      centered(document, titleChunk, 8);
      centered(document, new Chunk(content.documentNumber(), body), 18);

      Paragraph addressee = new Paragraph(text(content.addressee(), body));
      addressee.setSpacingAfter(8);
      document.add(addressee);
      for (String text : content.paragraphs()) {
        Paragraph paragraph = new Paragraph(text(text, body));
        paragraph.setFirstLineIndent(24);
        paragraph.setLeading(22);
        paragraph.setSpacingAfter(6);
        document.add(paragraph);
      }
      if (!content.facts().isEmpty()) {
        PdfPTable table = new PdfPTable(new float[] {1, 2});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        for (DocumentContent.Fact fact : content.facts()) {
          table.addCell(cell(fact.label(), body));
          table.addCell(cell(fact.value(), body));
        }
        document.add(table);
      }

      Paragraph signature = new Paragraph(content.issuer(), body);
      signature.setAlignment(Element.ALIGN_RIGHT);
      signature.setSpacingBefore(36);
      document.add(signature);
      Paragraph date = new Paragraph(content.date(), body);
      date.setAlignment(Element.ALIGN_RIGHT);
      document.add(date);

      if (writer.getVerticalPosition(true) < document.bottom() + QR_SIZE + 12) {
        // the code keeps to the foot of a page of its own rather than cover the signature
        document.newPage();
        document.add(new Paragraph(text(content.documentNumber(), body)));
      }
      PdfContentByte canvas = writer.getDirectContent();
      float left = document.left();
      float bottom = document.bottom();
      drawQr(canvas, content.verifyUrl(), left, bottom);
      PdfPTable note = new PdfPTable(1);
      note.setTotalWidth(document.right() - left - QR_SIZE - 12);
      PdfPCell noteCell = new PdfPCell(new Phrase(text(content.verifyNote(), small)));
      noteCell.setBorder(0);
      note.addCell(noteCell);
      note.writeSelectedRows(0, -1, left + QR_SIZE + 12, bottom + QR_SIZE / 2 + 12, canvas);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The document could not be rendered", e);
    }
    return out.toByteArray();
  }

  private static void centered(Document document, Chunk chunk, float after) {
    Paragraph paragraph = new Paragraph(chunk);
    paragraph.setAlignment(Element.ALIGN_CENTER);
    paragraph.setSpacingAfter(after);
    document.add(paragraph);
  }

  /** Text in the document's font that breaks lines where Chinese typesetting allows. */
  private static Chunk text(String text, Font font) {
    Chunk chunk = new Chunk(text, font);
    chunk.setSplitCharacter(ChineseLineBreaks.INSTANCE);
    return chunk;
  }

  private static PdfPCell cell(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text(text, font)));
    cell.setPadding(6);
    return cell;
  }

  /** The QR code as black squares, so that it stays sharp at any zoom or print size. */
  private static void drawQr(PdfContentByte canvas, String url, float x, float y) {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  url,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      2));
    } catch (WriterException e) {
      throw new IllegalStateException("The QR code could not be made for " + url, e);
    }
    float module = QR_SIZE / matrix.getWidth();
    canvas.saveState();
    canvas.setRGBColorFill(0, 0, 0);
    for (int row = 0; row < matrix.getHeight(); row++) {
      int column = 0;
      while (column < matrix.getWidth()) {
        if (!matrix.get(column, row)) {
          column++;
          continue;
        }
        // a run of black squares in a row is one rectangle: a third of the drawing commands
        int start = column;
        while (column < matrix.getWidth() && matrix.get(column, row)) {
          column++;
        }
        canvas.rectangle(
            x + start * module,
            y + QR_SIZE - (row + 1) * module,
            (column - start) * module,
            module);
      }
    }
    canvas.fill();
    canvas.restoreState();
  }
}
