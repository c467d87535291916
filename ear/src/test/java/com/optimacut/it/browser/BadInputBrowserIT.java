package com.optimacut.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.optimacut.it.support.Browser;
import com.optimacut.it.support.BrowserExtension;
import com.optimacut.it.support.Database;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Rejected input on the forms other than the project form (which {@link ProjectFormBrowserIT}
 * covers): the client dialog and the client's file manager, the inquiry dialog, and the
 * administrator's materials, users, lead sources and settings. Each case shows the localized
 * message next to the field and leaves the table it would have written to unchanged.
 */
@ExtendWith(BrowserExtension.class)
class BadInputBrowserIT {

    @Test
    void clientWithoutNameIsNotSaved(Browser browser) {
        browser.signIn("manager", "demo");
        openClientDialog(browser);
        browser.visible(By.id("createForm:contactPerson")).sendKeys("Без названия " + tag());
        long before = Database.count("client");

        browser.driver().findElement(By.id("createForm:create")).click();

        assertEquals("Заполните поле «Клиент».", messageNextTo(browser, "createForm:name"));
        assertEquals(before, Database.count("client"));
    }

    @Test
    void clientWithWrongEmailIsNotSaved(Browser browser) {
        browser.signIn("manager", "demo");
        openClientDialog(browser);
        String name = "Почта " + tag();
        browser.visible(By.id("createForm:name")).sendKeys(name);
        browser.driver().findElement(By.id("createForm:email")).sendKeys("не-почта");

        browser.driver().findElement(By.id("createForm:create")).click();

        assertEquals("«не-почта» — не адрес электронной почты.", messageNextTo(browser, "createForm:email"));
        assertEquals(0, Database.number("select count(*) from client where name = ?", name));
    }

    @Test
    void clientFileOverFiftyMegabytesIsRejectedAndNotStored(Browser browser) throws IOException {
        browser.signIn("manager", "demo");
        long clientId = openFirstClient(browser);
        Path large = Files.createTempDirectory("upload-").resolve("огромный.dxf");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024 + 1);
        }
        long before = Database.number("select count(*) from client_file where client_id = ?", clientId);

        try {
            browser.driver().findElement(By.cssSelector("[id='filesForm:upload'] input[type=file]"))
                    .sendKeys(large.toString());

            assertEquals("Файл «огромный.dxf» больше 50 МБ. Уменьшите файл или разделите его на несколько.",
                    uploadMessage(browser));
            assertEquals(before, Database.number("select count(*) from client_file where client_id = ?", clientId));
        } finally {
            Files.delete(large);
            Files.delete(large.getParent());
        }
    }

    @Test
    void clientFileOfUnknownTypeIsRejectedAndNotStored(Browser browser) throws IOException {
        browser.signIn("manager", "demo");
        long clientId = openFirstClient(browser);
        Path text = Files.createTempDirectory("upload-").resolve("список.txt");
        Files.writeString(text, "не макет " + tag());
        long before = Database.number("select count(*) from client_file where client_id = ?", clientId);

        try {
            browser.driver().findElement(By.cssSelector("[id='filesForm:upload'] input[type=file]"))
                    .sendKeys(text.toString());

            assertEquals("Формат файла «список.txt» не поддерживается. Загрузите DXF или SVG либо PDF, AI, CDR"
                    + " или изображение с размерами, введёнными вручную.", uploadMessage(browser));
            assertEquals(before, Database.number("select count(*) from client_file where client_id = ?", clientId));
        } finally {
            Files.delete(text);
            Files.delete(text.getParent());
        }
    }

    @Test
    void inquiryWithoutClientOrContactIsNotSaved(Browser browser) {
        browser.signIn("manager", "demo");
        openInquiryDialog(browser);
        browser.visible(By.id("inquiryForm:text")).sendKeys("Нужны таблички " + tag());
        long before = Database.count("inquiry");

        browser.driver().findElement(By.id("inquiryForm:create")).click();

        assertEquals("Укажите клиента или контакт отправителя заявки.", messageNextTo(browser, "inquiryForm:contact"));
        assertEquals(before, Database.count("inquiry"));
    }

    @Test
    void inquiryWithTooLongTextIsNotSaved(Browser browser) {
        browser.signIn("manager", "demo");
        openInquiryDialog(browser);
        browser.visible(By.id("inquiryForm:contact")).sendKeys("+7 900 000-00-00");
        browser.script("document.getElementById('inquiryForm:text').value = 'т'.repeat(4001)");
        long before = Database.count("inquiry");

        browser.driver().findElement(By.id("inquiryForm:create")).click();

        assertEquals("Поле «Текст заявки» длиннее 4 000 символов.", messageNextTo(browser, "inquiryForm:text"));
        assertEquals(before, Database.count("inquiry"));
    }

    @Test
    void materialWithoutCodeIsNotSaved(Browser browser) {
        browser.signIn("admin", "demo");
        fillMaterial(browser, "", "1200");
        long before = Database.count("material");

        browser.driver().findElement(By.id("materialForm:save")).click();

        assertEquals("Код материала: от 1 до 40 латинских букв, цифр, точек, дефисов или подчёркиваний.",
                messageNextTo(browser, "materialForm:code"));
        assertEquals(before, Database.count("material"));
    }

    @Test
    void materialWithNegativePriceIsNotSaved(Browser browser) {
        browser.signIn("admin", "demo");
        String code = "IT-" + tag();
        fillMaterial(browser, code, "-100");

        browser.driver().findElement(By.id("materialForm:save")).click();

        assertEquals("Цена за лист: от 0,01 до 1 000 000 ₽; обязательна при расчёте за лист.",
                messageNextTo(browser, "materialForm:pricePerSheet"));
        assertEquals(0, Database.number("select count(*) from material where code = ?", code));
    }

    @Test
    void userWithTooLongUsernameIsNotSaved(Browser browser) {
        browser.signIn("admin", "demo");
        browser.open("/app/admin/users.xhtml");
        browser.openDialog(By.id("usersForm:newUser"), "userDialog");
        browser.visible(By.id("userForm:username")).sendKeys("u" + "x".repeat(80));
        browser.driver().findElement(By.id("userForm:fullName")).sendKeys("Длинный Логин");
        browser.driver().findElement(By.id("userForm:password")).sendKeys("long-enough-password");
        browser.driver().findElement(By.xpath("//*[@id='userForm:roles']//label[normalize-space()='Менеджер']")).click();
        long before = Database.count("app_user");

        browser.driver().findElement(By.id("userForm:create")).click();

        assertEquals("Логин «u" + "x".repeat(80) + "» не подходит: от 3 до 64 символов, латинские буквы, цифры,"
                + " точка, дефис или подчёркивание.", messageNextTo(browser, "userForm:username"));
        assertEquals(before, Database.count("app_user"));
    }

    @Test
    void userWithoutUsernameIsNotSaved(Browser browser) {
        browser.signIn("admin", "demo");
        browser.open("/app/admin/users.xhtml");
        browser.openDialog(By.id("usersForm:newUser"), "userDialog");
        browser.visible(By.id("userForm:fullName")).sendKeys("Без логина " + tag());
        browser.driver().findElement(By.id("userForm:password")).sendKeys("long-enough-password");
        long before = Database.count("app_user");

        browser.driver().findElement(By.id("userForm:create")).click();

        assertEquals("Укажите логин.", messageNextTo(browser, "userForm:username"));
        assertEquals(before, Database.count("app_user"));
    }

    @Test
    void leadSourceWithoutNameIsNotSaved(Browser browser) {
        browser.signIn("admin", "demo");
        browser.open("/app/admin/lead-sources.xhtml");
        browser.visible(By.id("sourcesForm:newName"));
        long before = Database.count("lead_source");

        browser.driver().findElement(By.id("sourcesForm:create")).click();

        assertEquals("Заполните поле «Откуда о нас узнали».", messageNextTo(browser, "sourcesForm:newName"));
        assertEquals(before, Database.count("lead_source"));
    }

    @Test
    void leadSourceWithTooLongNameIsNotSaved(Browser browser) {
        browser.signIn("admin", "demo");
        browser.open("/app/admin/lead-sources.xhtml");
        browser.visible(By.id("sourcesForm:newName")).sendKeys("Источник " + tag() + " " + "и".repeat(200));
        long before = Database.count("lead_source");

        browser.driver().findElement(By.id("sourcesForm:create")).click();

        assertEquals("Поле «Откуда о нас узнали» длиннее 100 символов.", messageNextTo(browser, "sourcesForm:newName"));
        assertEquals(before, Database.count("lead_source"));
    }

    @Test
    void escalationHoursThatAreNotANumberAreNotSaved(Browser browser) {
        browser.signIn("admin", "demo");
        browser.open("/app/admin/settings.xhtml");
        String stored = Database.text("select setting_value from app_setting where setting_key = 'ESCALATION_HOURS'");
        replace(browser, "settingsForm:ESCALATION_HOURS", "сутки");

        browser.driver().findElement(By.id("settingsForm:save")).click();

        assertEquals("Недопустимое значение настройки «За сколько часов до дедлайна повышать приоритет»: «сутки».",
                messageNextTo(browser, "settingsForm:ESCALATION_HOURS"));
        assertEquals(stored, Database.text("select setting_value from app_setting where setting_key = 'ESCALATION_HOURS'"));
    }

    @Test
    void negativeEscalationHoursAreNotSaved(Browser browser) {
        browser.signIn("admin", "demo");
        browser.open("/app/admin/settings.xhtml");
        String stored = Database.text("select setting_value from app_setting where setting_key = 'ESCALATION_HOURS'");
        replace(browser, "settingsForm:ESCALATION_HOURS", "-5");

        browser.driver().findElement(By.id("settingsForm:save")).click();

        assertEquals("Недопустимое значение настройки «За сколько часов до дедлайна повышать приоритет»: «-5».",
                messageNextTo(browser, "settingsForm:ESCALATION_HOURS"));
        assertEquals(stored, Database.text("select setting_value from app_setting where setting_key = 'ESCALATION_HOURS'"));
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static void openClientDialog(Browser browser) {
        browser.open("/app/clients/list.xhtml");
        browser.openDialog(By.id("clientsForm:newClient"), "createClientDialog");
        browser.visible(By.id("createForm:name"));
        browser.waitForAjax();
    }

    private static void openInquiryDialog(Browser browser) {
        browser.open("/app/inquiries.xhtml");
        browser.openDialog(By.id("inquiriesForm:newInquiry"), "inquiryDialog");
        browser.visible(By.id("inquiryForm:contact"));
        browser.waitForAjax();
    }

    /** Opens the page of the first client in the list and returns its id. */
    private static long openFirstClient(Browser browser) {
        browser.open("/app/clients/list.xhtml");
        browser.visible(By.cssSelector("#clientsForm\\:clientsTable_data a")).click();
        browser.visible(By.id("filesForm:upload"));
        String url = browser.driver().getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    /** Opens the new material dialog and fills it with a valid plywood but the code and price given. */
    private static void fillMaterial(Browser browser, String code, String pricePerSheet) {
        browser.open("/app/admin/materials.xhtml");
        browser.openDialog(By.id("materialsForm:newMaterial"), "materialDialog");
        browser.visible(By.id("materialForm:code")).sendKeys(code);
        browser.driver().findElement(By.id("materialForm:name")).sendKeys("Материал " + tag());
        browser.selectOne("materialForm:kind", "Фанера");
        replace(browser, "materialForm:thicknessMm_input", "4");
        replace(browser, "materialForm:sheetWidthMm_input", "1500");
        replace(browser, "materialForm:sheetHeightMm_input", "1500");
        replace(browser, "materialForm:pricePerSheet_input", pricePerSheet);
        replace(browser, "materialForm:cuttingSpeedMmPerS_input", "20");
        replace(browser, "materialForm:machineMinuteRate_input", "30");
    }

    private static void replace(Browser browser, String inputId, String value) {
        WebElement input = browser.visible(By.id(inputId));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(value);
    }

    /**
     * Waits for the response and returns the error shown next to the field: in the nearest element
     * around the field that contains an error message and no other field.
     */
    private static String messageNextTo(Browser browser, String fieldId) {
        browser.waitForAjax();
        // The nearest element around the field that contains an error and no other field's input.
        By message = By.xpath("(//*[@id='" + fieldId + "' or @id='" + fieldId + "_input']/ancestor::*["
                + ".//*[contains(@class, 'ui-message-error')] and not(.//input[not(@type='hidden')"
                + " and not(starts-with(@id, '" + fieldId + "'))])])[last()]//*[contains(@class, 'ui-message-error')]");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(RuntimeException.class)
                .until(driver -> !driver.findElement(message).getText().isBlank());
        return browser.driver().findElement(message).getText().trim();
    }

    /**
     * Returns the error the client's file manager shows for an upload: the server's, or the
     * browser's check of the size before sending.
     */
    private static String uploadMessage(Browser browser) {
        By shown = By.cssSelector("[id='filesForm:uploadMessages'] .ui-messages-error-detail,"
                + " [id='filesForm:uploadMessages'] .ui-messages-error-summary,"
                + " [id='filesForm:upload'] .ui-fileupload-messages .ui-messages-error-summary");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(driver -> driver.findElements(shown).stream()
                .anyMatch(element -> !element.getText().isBlank()));
        return browser.driver().findElements(shown).stream().map(WebElement::getText).filter(t -> !t.isBlank())
                .reduce((a, b) -> a + " | " + b).orElseThrow().trim();
    }
}
