package com.optimacut.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.optimacut.it.support.Browser;
import com.optimacut.it.support.BrowserExtension;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * «Источники клиентов» in Chromium: a new lead source with two projects created this month, one
 * of them closed with 1 234,50 ₽, appears in the revenue table and chart of the default period
 * (this month up to today). The data is created through {@link ScreensScenarioServlet}.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class LeadSourceReportBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScreensScenario.deployment();
    }

    private final ScreensScenario scenario = new ScreensScenario();

    @Test
    void revenueOfSourceShownInTableAndChart(Browser manager) throws Exception {
        String source = "Радио " + BrowserScenario.uniqueTag();
        scenario.step("revenue", "source", source);
        manager.signIn("manager", "demo");

        manager.open("/app/reports/lead-sources.xhtml");

        WebElement row = manager.visible(By.xpath("//tbody[@id='reportForm:revenueTable_data']/tr[td[normalize-space(.)='"
                + source + "']]"));
        List<WebElement> cells = row.findElements(By.tagName("td"));
        manager.screenshot("report-revenue-1280x800");
        assertEquals("2", cells.get(1).getText(), "new projects");
        assertEquals("1", cells.get(2).getText(), "closed projects");
        assertEquals("1 234,50 ₽", cells.get(3).getText().replaceAll("\\s+", " "), "revenue");
        assertEquals(1, manager.driver().findElements(By.cssSelector("[id='reportForm:revenueChart'] canvas")).size(),
                "the revenue chart is drawn");
        // Headless Chromium asks for English; the chart's labels must follow the session's Russian.
        assertFalse(manager.driver().getPageSource().contains("Revenue"), "the chart is labelled in Russian");
    }

    @Test
    void revenueRuleExplainedInEnglish(Browser manager) {
        manager.signIn("manager", "demo");
        manager.visible(By.linkText("English")).click();
        manager.visible(By.id("headerForm:logout"));

        manager.open("/app/reports/lead-sources.xhtml");

        manager.waitForText(By.id("reportForm:revenue"), "Projects and revenue by lead source");
    }
}
