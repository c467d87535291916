package com.optimacut.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimacut.it.support.Browser;
import com.optimacut.it.support.BrowserExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * «Проекты» in Chromium as the demo manager: filter by status, sort by deadline, page, and the
 * CSV export. It only reads, so it relies on the demo projects (one in every status) and on
 * whatever other tests added to the shared database.
 */
@ExtendWith(BrowserExtension.class)
class ProjectsTableBrowserIT {

    private static final By STATUS_CELLS = By.cssSelector("#projectsForm\\:projectsTable_data td:nth-child(1) .oc-status");
    private static final By NAME_LINKS = By.cssSelector("#projectsForm\\:projectsTable_data a.oc-open");
    private static final By DEADLINES = By.cssSelector("#projectsForm\\:projectsTable_data .oc-deadline");
    private static final By PAGE_REPORT = By.cssSelector("#projectsForm\\:projectsTable .ui-paginator-current");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");


    @Test
    void deadlineHeaderSortsBothWays(Browser browser) {
        openList(browser);
        WebElement header = browser.visible(By.id("projectsForm:projectsTable:deadlineColumn"));

        header.click();
        waitUntil(browser, () -> "ascending".equals(sortOf(browser)));
        List<LocalDateTime> ascending = deadlines(browser);
        browser.driver().findElement(By.id("projectsForm:projectsTable:deadlineColumn")).click();
        waitUntil(browser, () -> "descending".equals(sortOf(browser)));
        List<LocalDateTime> descending = deadlines(browser);

        assertTrue(isSorted(ascending), ascending.toString());
        List<LocalDateTime> reversed = new ArrayList<>(descending);
        java.util.Collections.reverse(reversed);
        assertTrue(isSorted(reversed), descending.toString());
        browser.screenshot("projects-sorted");
    }

    @Test
    void secondPageShowsNextRows(Browser browser) {
        openList(browser);
        List<String> firstPageAll = texts(browser, NAME_LINKS);
        assertTrue(firstPageAll.size() >= 6, "the demo data has nine projects");

        new Select(browser.visible(By.cssSelector("#projectsForm\\:projectsTable .ui-paginator-rpp-options")))
                .selectByVisibleText("5");
        browser.waitForText(PAGE_REPORT, "1–5 /");
        List<String> firstPage = texts(browser, NAME_LINKS);
        browser.driver().findElement(By.cssSelector("#projectsForm\\:projectsTable .ui-paginator-next")).click();
        browser.waitForText(PAGE_REPORT, "6–");
        List<String> secondPage = texts(browser, NAME_LINKS);

        assertEquals(5, firstPage.size());
        assertFalse(secondPage.isEmpty());
        assertTrue(secondPage.stream().noneMatch(firstPage::contains), firstPage + " / " + secondPage);
    }


    private static void openList(Browser browser) {
        browser.signIn("manager", "demo");
        browser.open("/app/projects/list.xhtml");
        browser.visible(NAME_LINKS);
    }

    private static void filterByStatus(Browser browser, String label) {
        browser.visible(By.id("projectsForm:statusFilter")).click();
        By panel = By.id("projectsForm:statusFilter_panel");
        // The panel slides open; a click during the animation can miss the checkbox.
        waitUntil(browser, () -> !browser.driver().findElement(panel).getAttribute("class").contains("enter"));
        By item = By.xpath("//div[@id='projectsForm:statusFilter_panel']//li[.//label[normalize-space()='"
                + label + "']]");
        browser.visible(item).findElement(By.cssSelector(".ui-chkbox-box")).click();
        waitUntil(browser, () -> browser.driver().findElement(item).findElement(By.cssSelector(".ui-chkbox-box"))
                .getAttribute("class").contains("ui-state-active"));
        browser.driver().findElement(By.cssSelector("#projectsForm\\:statusFilter_panel .ui-selectcheckboxmenu-close"))
                .click();
        browser.driver().findElement(By.id("projectsForm:applyFilters")).click();
        waitUntil(browser, () -> {
            List<String> statuses = texts(browser, STATUS_CELLS);
            return !statuses.isEmpty() && statuses.stream().allMatch(label::equals);
        });
    }

    private static String sortOf(Browser browser) {
        return browser.driver().findElement(By.id("projectsForm:projectsTable:deadlineColumn")).getAttribute("aria-sort");
    }

    private static List<LocalDateTime> deadlines(Browser browser) {
        return texts(browser, DEADLINES).stream().filter(text -> !text.isBlank())
                .map(text -> LocalDateTime.parse(text, DATE_TIME)).toList();
    }

    private static boolean isSorted(List<LocalDateTime> values) {
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i).isBefore(values.get(i - 1))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> texts(Browser browser, By locator) {
        return browser.driver().findElements(locator).stream().map(WebElement::getText).map(String::trim).toList();
    }

    private static void waitUntil(Browser browser, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(RuntimeException.class)
                .until(driver -> condition.getAsBoolean());
    }

    /** Waits until Chromium has finished a download with the extension and returns its file. */
    private static Path waitForDownload(Browser browser, String extension) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> find(browser, extension) != null);
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
