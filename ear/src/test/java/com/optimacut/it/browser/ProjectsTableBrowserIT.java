package com.optimacut.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimacut.it.support.Browser;
import com.optimacut.it.support.BrowserExtension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * «Проекты» in Chromium as the demo manager, over {@value #COUNT} generated projects of one client
 * ({@link GeneratedProjects}): the client and status filters, sorting by deadline both ways, paging
 * to the last page, and the CSV and Excel exports, whose files are opened and compared with the
 * rows the filter selects. Every test filters by the generated client, so projects that other
 * tests create do not change what it sees.
 */
@ExtendWith(BrowserExtension.class)
class ProjectsTableBrowserIT {

    private static final int COUNT = 3000;
    private static final By STATUS_CELLS = By.cssSelector("#projectsForm\\:projectsTable_data td:nth-child(1) .oc-status");
    private static final By NAME_LINKS = By.cssSelector("#projectsForm\\:projectsTable_data a.oc-open");
    private static final By PAGE_REPORT = By.cssSelector("#projectsForm\\:projectsTable .ui-paginator-current");
    private static final By DEADLINE_HEADER = By.id("projectsForm:projectsTable:deadlineColumn");

    private static GeneratedProjects generated;

    @BeforeAll
    static void generateProjects() throws SQLException {
        generated = GeneratedProjects.insert(COUNT);
    }

    @AfterAll
    static void deleteProjects() throws SQLException {
        if (generated != null) {
            generated.delete();
        }
    }

    @Test
    void clientFilterCountsEveryGeneratedProject(Browser browser) {
        openList(browser);

        filterByClient(browser);

        assertEquals("1–20 / " + COUNT, browser.driver().findElement(PAGE_REPORT).getText());
        assertEquals(generated.namesByDeadline(null).subList(0, 20), texts(browser, NAME_LINKS));
    }

    @Test
    void statusFilterShowsOnlyThatStatus(Browser browser) {
        openList(browser);
        filterByClient(browser);

        filterByStatus(browser, "SUSPENDED", "Приостановлен");

        List<String> expected = generated.namesByDeadline("SUSPENDED");
        assertEquals("1–20 / " + expected.size(), browser.driver().findElement(PAGE_REPORT).getText());
        assertTrue(texts(browser, STATUS_CELLS).stream().allMatch("Приостановлен"::equals),
                texts(browser, STATUS_CELLS).toString());
        assertEquals(expected.subList(0, 20), texts(browser, NAME_LINKS));
        browser.screenshot("projects-filtered");
    }

    @Test
    void deadlineHeaderSortsBothWays(Browser browser) {
        openList(browser);
        filterByClient(browser);
        List<String> ascending = generated.namesByDeadline(null);
        List<String> descending = new ArrayList<>(ascending);
        java.util.Collections.reverse(descending);

        browser.visible(DEADLINE_HEADER).click();
        waitUntil(browser, () -> "ascending".equals(sortOf(browser)));
        browser.waitForAjax();
        List<String> firstAscending = texts(browser, NAME_LINKS);
        browser.driver().findElement(DEADLINE_HEADER).click();
        waitUntil(browser, () -> "descending".equals(sortOf(browser)));
        browser.waitForAjax();
        List<String> firstDescending = texts(browser, NAME_LINKS);

        assertEquals(ascending.subList(0, 20), firstAscending);
        assertEquals(descending.subList(0, 20), firstDescending);
        browser.screenshot("projects-sorted");
    }

    @Test
    void lastPageShowsLastRows(Browser browser) {
        openList(browser);
        filterByClient(browser);

        new Select(browser.visible(By.cssSelector("#projectsForm\\:projectsTable .ui-paginator-rpp-options")))
                .selectByVisibleText("100");
        browser.waitForText(PAGE_REPORT, "1–100 / " + COUNT);
        browser.driver().findElement(By.cssSelector("#projectsForm\\:projectsTable .ui-paginator-last")).click();
        browser.waitForText(PAGE_REPORT, (COUNT - 99) + "–" + COUNT + " / " + COUNT);
        browser.waitForAjax();

        List<String> all = generated.namesByDeadline(null);
        assertEquals(all.subList(COUNT - 100, COUNT), texts(browser, NAME_LINKS));
    }

    @Test
    void csvExportHasEveryFilteredRow(Browser browser) throws IOException {
        openList(browser);
        filterByClient(browser);
        filterByStatus(browser, "REFUSED", "Отказ");
        List<String> shown = texts(browser, NAME_LINKS);

        browser.driver().findElement(By.id("projectsForm:projectsTable:exportCsv")).click();
        Path csv = waitForDownload(browser, ".csv");

        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8).stream()
                .map(line -> line.replace("\uFEFF", "")).filter(line -> !line.isBlank()).toList();
        assertEquals(List.of("Статус", "Клиент", "Название", "Исполнитель", "Дедлайн", "Приоритет", "Сумма"),
                csvFields(lines.get(0)));
        List<List<String>> rows = lines.subList(1, lines.size()).stream().map(ProjectsTableBrowserIT::csvFields).toList();
        assertEquals(generated.namesByDeadline("REFUSED"), rows.stream().map(row -> row.get(2)).toList());
        assertEquals(shown, rows.subList(0, shown.size()).stream().map(row -> row.get(2)).toList());
        assertTrue(rows.stream().allMatch(row -> row.get(0).equals("Отказ")
                && row.get(1).equals(generated.clientName())), lines.subList(0, 3).toString());
    }

    @Test
    void excelExportHasEveryFilteredRow(Browser browser) throws IOException {
        openList(browser);
        filterByClient(browser);
        filterByStatus(browser, "CLOSED", "Закрыт");
        List<String> shown = texts(browser, NAME_LINKS);

        browser.driver().findElement(By.id("projectsForm:projectsTable:exportXlsx")).click();
        Path xlsx = waitForDownload(browser, ".xlsx");

        List<List<String>> rows = new ArrayList<>();
        List<Double> totals = new ArrayList<>();
        DataFormatter cells = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                row.forEach(cell -> values.add(cells.formatCellValue(cell)));
                rows.add(values);
                if (row.getRowNum() > 0) {
                    assertEquals(CellType.NUMERIC, row.getCell(6).getCellType(), "«Сумма» in row " + row.getRowNum());
                    totals.add(row.getCell(6).getNumericCellValue());
                }
            }
        }
        assertEquals(List.of("Статус", "Клиент", "Название", "Исполнитель", "Дедлайн", "Приоритет", "Сумма"), rows.get(0));
        List<List<String>> data = rows.subList(1, rows.size());
        assertEquals(generated.namesByDeadline("CLOSED"), data.stream().map(row -> row.get(2)).toList());
        assertEquals(shown, data.subList(0, shown.size()).stream().map(row -> row.get(2)).toList());
        assertTrue(data.stream().allMatch(row -> row.get(0).equals("Закрыт")), data.subList(0, 2).toString());
        // Each generated project's total is its number in the name plus 0.50.
        List<Double> expectedTotals = data.stream()
                .map(row -> Integer.parseInt(row.get(2).substring(row.get(2).length() - 4)) + 0.5).toList();
        assertEquals(expectedTotals, totals);
    }

    private static void openList(Browser browser) {
        browser.signIn("manager", "demo");
        browser.open("/app/projects/list.xhtml");
        browser.visible(NAME_LINKS);
        browser.waitForAjax();
    }

    /** Chooses the generated client in the client filter and applies the filters. */
    private static void filterByClient(Browser browser) {
        browser.chooseSuggestion("projectsForm:clientFilter", generated.clientName(), generated.clientName());
        applyFilters(browser);
        browser.waitForText(PAGE_REPORT, " / " + COUNT);
        waitUntil(browser, () -> texts(browser, NAME_LINKS).stream().allMatch(name -> name.startsWith(generated.clientName())));
    }

    /**
     * Ticks one status in the filter through the checkbox menu's widget (its panel slides open,
     * and a click during the slide can miss), applies the filters and waits for the table to show
     * only that status.
     */
    private static void filterByStatus(Browser browser, String status, String label) {
        browser.checkMenuItem("projectsForm:statusFilter", status);
        applyFilters(browser);
        waitUntil(browser, () -> {
            List<String> statuses = texts(browser, STATUS_CELLS);
            return !statuses.isEmpty() && statuses.stream().allMatch(label::equals);
        });
    }

    private static void applyFilters(Browser browser) {
        browser.driver().findElement(By.id("projectsForm:applyFilters")).click();
        browser.waitForAjax();
    }

    private static String sortOf(Browser browser) {
        return browser.driver().findElement(DEADLINE_HEADER).getAttribute("aria-sort");
    }

    private static List<String> texts(Browser browser, By locator) {
        return browser.driver().findElements(locator).stream().map(WebElement::getText).map(String::trim).toList();
    }

    private static void waitUntil(Browser browser, BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(RuntimeException.class)
                .until(driver -> condition.getAsBoolean());
    }

    /** Waits until Chromium has finished a download with the extension and returns its file. */
    private static Path waitForDownload(Browser browser, String extension) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(driver -> find(browser, extension) != null);
        return find(browser, extension);
    }

    private static Path find(Browser browser, String extension) {
        try (Stream<Path> files = Files.list(browser.downloads())) {
            return files.filter(file -> file.getFileName().toString().endsWith(extension)).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** Splits one CSV line of quoted fields, as the PrimeFaces exporter writes them. */
    private static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        Matcher field = Pattern.compile("\"((?:[^\"]|\"\")*)\"|([^,]*)").matcher(line);
        int position = 0;
        while (position <= line.length() && field.find(position)) {
            fields.add(field.group(1) != null ? field.group(1).replace("\"\"", "\"") : field.group(2));
            position = field.end() + 1;
        }
        return fields;
    }
}
