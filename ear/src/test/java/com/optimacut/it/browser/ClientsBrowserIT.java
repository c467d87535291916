package com.optimacut.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimacut.it.support.Browser;
import com.optimacut.it.support.BrowserExtension;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * «Клиенты» in Chromium: creating a client, uploading layouts into its file manager (analysed,
 * or rejected with a message naming the file), and a name too long to store.
 */
@ExtendWith(BrowserExtension.class)
class ClientsBrowserIT {

    @Test
    void uploadedDxfShowsAnalysedSize(Browser browser) throws URISyntaxException {
        browser.signIn("manager", "demo");
        openNewClient(browser, "IT клиент " + System.nanoTime());

        browser.driver().findElement(By.id("filesForm:upload_input")).sendKeys(layout("rect_with_hole.dxf"));

        browser.waitForText(By.id("filesForm:filesTable"), "rect_with_hole.dxf");
        assertEquals("100 × 50 мм", browser.visible(By.cssSelector("#filesForm\\:filesTable .oc-file-size")).getText());
        browser.screenshot("client-page");
    }

    @Test
    void truncatedDxfIsRejectedWithItsName(Browser browser) throws URISyntaxException {
        browser.signIn("manager", "demo");
        openNewClient(browser, "IT клиент " + System.nanoTime());

        browser.driver().findElement(By.id("filesForm:upload_input")).sendKeys(layout("truncated.dxf"));

        browser.waitForText(By.id("filesForm:uploadMessages"), "truncated.dxf");
        assertEquals("Файл «truncated.dxf» обрезан: DXF заканчивается раньше, чем положено (нет ENDSEC или EOF)."
                        + " Загрузите файл заново.",
                browser.visible(By.cssSelector("#filesForm\\:uploadMessages .ui-messages-error-summary")).getText());
        assertEquals("Файлов пока нет.",
                browser.driver().findElement(By.cssSelector("#filesForm\\:filesTable .ui-datatable-empty-message"))
                        .getText());
    }

    @Test
    void tooLongClientNameIsNotSaved(Browser browser) {
        browser.signIn("manager", "demo");
        browser.open("/app/clients/list.xhtml");
        String name = "Д".repeat(190) + System.nanoTime();

        browser.openDialog(By.id("clientsForm:newClient"), "createClientDialog");
        browser.visible(By.id("createForm:name")).sendKeys(name);
        browser.driver().findElement(By.id("createForm:create")).click();

        browser.waitForText(By.id("createForm"), "Поле «Клиент» длиннее 200 символов.");
        browser.screenshot("client-create-rejected");
        browser.driver().findElement(By.cssSelector("#createClientDialog .ui-dialog-titlebar-close")).click();
        browser.driver().findElement(By.id("clientsForm:query")).sendKeys(name.substring(150));
        browser.waitForText(By.id("clientsForm:clientsTable"), "Клиентов не найдено.");
        assertFalse(browser.driver().findElement(By.id("clientsForm:clientsTable")).getText().contains(name));
    }

    /** Creates a client through the dialog, finds it by name and opens its page. */
    private static void openNewClient(Browser browser, String name) {
        browser.open("/app/clients/list.xhtml");
        browser.openDialog(By.id("clientsForm:newClient"), "createClientDialog");
        browser.visible(By.id("createForm:name")).sendKeys(name);
        browser.driver().findElement(By.id("createForm:create")).click();
        browser.waitForText(By.id("growl_container"), "Клиент «" + name + "» создан.");
        browser.screenshot("clients-list");

        browser.driver().findElement(By.id("clientsForm:query")).sendKeys(name);
        browser.visible(By.linkText(name)).click();
        browser.waitForText(By.id("clientName"), name);
        assertTrue(browser.driver().getCurrentUrl().contains("/app/clients/view.xhtml?id="));
    }

    private static String layout(String fileName) throws URISyntaxException {
        return Path.of(ClientsBrowserIT.class.getResource("/layouts/" + fileName).toURI()).toAbsolutePath().toString();
    }
}
