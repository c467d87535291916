package com.optimacut.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) with a fresh
 * profile, aimed at the test server on loopback. Close it to end the browser and delete the
 * profile.
 */
public final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Path profile;
    private final Path downloads;
    private final ChromeDriver driver;

    public Browser() {
        try {
            profile = Files.createTempDirectory("optimacut-chromium-");
            downloads = Files.createDirectory(profile.resolve("downloads"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(TestSettings.chromium());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,800", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(TestSettings.chromedriver()).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Returns the folder that downloads are saved to without asking; it is deleted with the profile. */
    public Path downloads() {
        return downloads;
    }

    /** Opens a page of the application, given its path below the context root. */
    public void open(String path) {
        driver.get(TestSettings.baseUrl() + path);
    }

    /** Waits until the element is visible and returns it. */
    public WebElement visible(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Waits until the element shows the given text. While a click's navigation replaces the page,
     * ChromeDriver may report the element's node as no longer in the document. That counts as
     * not yet shown.
     */
    public void waitForText(By locator, String text) {
        new WebDriverWait(driver, WAIT).until(d -> {
            try {
                return d.findElement(locator).getText().contains(text);
            } catch (NoSuchElementException | StaleElementReferenceException e) {
                return false;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** Signs in through the login form and waits for the page behind it. */
    public void signIn(String username, String password) {
        open("/login.xhtml");
        visible(By.id("loginForm:username")).sendKeys(username);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        driver.findElement(By.id("loginForm:submit")).click();
        visible(By.id("headerForm:logout"));
    }

    /**
     * Waits until the page has loaded and no PrimeFaces ajax request is queued or running, so the
     * DOM and the widgets reflect the last response.
     */
    public void waitForAjax() {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(script(
                "return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0);")));
    }

    /**
     * Chooses the option of a PrimeFaces select menu ({@code p:selectOneMenu}) whose label contains
     * the text, or the first option after the empty one when the text is {@code null}, through the
     * widget's API rather than by clicking its animated panel. Waits for the option to be there
     * first (options often arrive by ajax) and returns the chosen option's label.
     */
    public String selectOne(String menuId, String text) {
        String value = new WebDriverWait(driver, WAIT).until(d -> (String) script(
                "var options = document.getElementById(arguments[0] + '_input');"
                        + "if (!options) { return null; }"
                        + "for (var i = 0; i < options.options.length; i++) {"
                        + "  var o = options.options[i];"
                        + "  if (arguments[1] === null ? (o.value !== '' && i > 0) : o.text.indexOf(arguments[1]) >= 0) {"
                        + "    return o.value; } }"
                        + "return null;", menuId, text));
        script("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
        waitForAjax();
        return (String) script("var s = document.getElementById(arguments[0] + '_input');"
                + "return s.options[s.selectedIndex].text;", menuId);
    }

    /**
     * Ticks the item with the value in a PrimeFaces {@code p:selectCheckboxMenu} through the
     * widget's API, so the panel's opening animation cannot swallow the click.
     */
    public void checkMenuItem(String menuId, String value) {
        script("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(script(
                "var boxes = document.querySelectorAll('[id=\"' + arguments[0] + '\"] input[type=checkbox]');"
                        + "for (var i = 0; i < boxes.length; i++) {"
                        + "  if (boxes[i].value === arguments[1]) { return boxes[i].checked; } }"
                        + "return false;", menuId, value)));
    }

    /**
     * Types into a PrimeFaces autocomplete and picks the suggestion containing the text once its
     * panel has finished opening, then waits for the ajax that the selection starts.
     */
    public void chooseSuggestion(String inputId, String typed, String suggestion) {
        visible(By.id(inputId + "_input")).sendKeys(typed);
        By item = By.xpath("//*[@id='" + inputId + "_panel']//li[contains(@class,'ui-autocomplete-item')"
                + " and contains(., '" + suggestion + "')]");
        visible(item);
        waitUntilSettled(inputId + "_panel");
        driver.findElement(item).click();
        waitForAjax();
    }

    /**
     * Clicks the button that opens a PrimeFaces dialog and waits until the dialog is shown and has
     * moved the focus to its first field. The dialog focuses that field a moment after it appears;
     * keys typed before then land in whichever field has the focus at that moment.
     */
    public void openDialog(By opener, String dialogId) {
        visible(opener).click();
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(script(
                "var dialog = document.getElementById(arguments[0]);"
                        + "if (!dialog || dialog.getClientRects().length === 0) { return false; }"
                        + "var fields = Array.prototype.filter.call("
                        + "  dialog.querySelectorAll('input:not([type=hidden]):not([type=submit]), textarea, select'),"
                        + "  function (f) { return !f.disabled && f.getClientRects().length > 0; });"
                        + "return fields.length === 0 || dialog.contains(document.activeElement);", dialogId)));
        waitForAjax();
    }

    /** Waits until an overlay panel is shown and no longer in its opening transition. */
    public void waitUntilSettled(String panelId) {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(script(
                "var p = document.getElementById(arguments[0]);"
                        + "return !!p && p.getClientRects().length > 0"
                        + " && !/ui-connected-overlay-enter(?!-done)/.test(p.className)"
                        + " && getComputedStyle(p).opacity === '1';", panelId)));
    }

    /** Runs JavaScript in the page and returns its result. */
    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Saves the HTML of the current page next to the screenshots, named after the test. */
    public void pageSource(String name) {
        try {
            Path folder = Files.createDirectories(Path.of(TestSettings.screenshots()));
            Files.writeString(folder.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("No page source for " + name + ": " + e);
        }
    }

    /** Saves a screenshot of the current page as a PNG file named after the test. */
    public void screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of(TestSettings.screenshots()));
            Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot for " + name + ": " + e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Chromium profile " + profile + " not deleted: " + e);
        }
    }
}
