package vn.tinhso.catalog.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.tinhso.catalog.RowProblem;

/** The whole list of an import's problems for the pages: a thousand to a page, or all of them as CSV. */
@Service
public class ImportProblems {

    public static final int PAGE_SIZE = 1000;

    private final ProblemLog log;
    private final MessageSource messages;

    ImportProblems(ProblemLog log, MessageSource messages) {
        this.log = log;
        this.messages = messages;
    }

    /** {@code total} is 0 for versions imported before every problem was kept: their report holds the first thousand. */
    public record Page(long total, int page, int pages, List<RowProblem> problems) {
    }

    public Page page(long versionId, int page) {
        long total = log.count(versionId);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.min(Math.max(page, 0), pages - 1);
        return new Page(total, p, pages, total == 0 ? List.of() : log.page(versionId, p * PAGE_SIZE, PAGE_SIZE));
    }

    /** line,column,problem, the problem in the reader's language where the catalog has its text. */
    public void writeCsv(long versionId, Locale locale, OutputStream out) {
        try {
            BufferedWriter csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            csv.write('\uFEFF');
            csv.write("line,column,problem\n");
            log.each(versionId, p -> {
                String text = p.code() == null ? p.problem() : messages.getMessage(p.code(), p.args().toArray(), p.problem(), locale);
                try {
                    csv.write(p.line() + "," + quoted(p.column()) + "," + quoted(text) + "\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String text) {
        if (text == null) return "";
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
