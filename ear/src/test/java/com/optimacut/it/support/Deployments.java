package com.optimacut.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds the archive for in-container tests from the real EAR: the same EJB module, libraries
 * and role mappings, with the screens replaced by a test web module that holds the test classes.
 * It deploys as application {@code optimacut-it} beside the real {@code optimacut}, on the same
 * database.
 */
public final class Deployments {

    public static final String APPLICATION = "optimacut-it";

    /**
     * The run-as helpers live in the test module, which the server does not scan for
     * {@code @ApplicationException}: without this, a business exception passing through them
     * would reach the test wrapped in an {@code EJBException}.
     */
    private static final String TEST_EJB_JAR = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ejb-jar xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0">
                <assembly-descriptor>
                    <application-exception>
                        <exception-class>com.optimacut.ejb.common.BusinessException</exception-class>
                        <rollback>true</rollback>
                    </application-exception>
                </assembly-descriptor>
            </ejb-jar>
            """;

    private Deployments() {
    }

    /** Returns the test EAR holding the given test classes and the run-as helpers. */
    public static EnterpriseArchive inContainer(Class<?>... testClasses) {
        EnterpriseArchive real = ShrinkWrap.create(ZipImporter.class, "optimacut.ear")
                .importFrom(new File(TestSettings.earFile())).as(EnterpriseArchive.class);
        EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, APPLICATION + ".ear").merge(real);
        ear.delete("optimacut-web.war");
        ear.delete("META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(applicationXml()));

        WebArchive tests = ShrinkWrap.create(WebArchive.class, APPLICATION + ".war")
                .addClasses(testClasses)
                .addClasses(TestSettings.class, RunAsAdmin.class, RunAsManager.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsWebInfResource(new StringAsset(TEST_EJB_JAR), "ejb-jar.xml");
        return ear.addAsModule(tests);
    }

    private static String applicationXml() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
                    <application-name>%1$s</application-name>
                    <module><ejb>optimacut-ejb.jar</ejb></module>
                    <module><web><web-uri>%1$s.war</web-uri><context-root>/%1$s</context-root></web></module>
                    <library-directory>lib</library-directory>
                </application>
                """.formatted(APPLICATION);
    }
}
