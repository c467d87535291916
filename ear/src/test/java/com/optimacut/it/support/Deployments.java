package com.optimacut.it.support;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds the archive for in-container tests from the real EAR: the same EJB module, libraries
 * and role mappings, with the screens replaced by a test web module that contains the test classes.
 * It deploys as application {@code optimacut-it} beside the real {@code optimacut}, on the same
 * database. The run-as principals are mapped for both servers, each in its own descriptor.
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

    /**
     * WildFly reads the test classes' lookup of {@code jdbc/optimacut} as a name in the web
     * module's environment and binds data sources under {@code java:/}; this maps the one onto
     * the other, as the EJB module's {@code jboss-ejb3.xml} does for the beans. Payara ignores it.
     */
    private static final String TEST_JBOSS_WEB = """
            <?xml version="1.0" encoding="UTF-8"?>
            <jboss-web xmlns="urn:jboss:jakartaee:1.0" version="15.0">
                <resource-ref>
                    <res-ref-name>jdbc/optimacut</res-ref-name>
                    <res-type>javax.sql.DataSource</res-type>
                    <lookup-name>java:/jdbc/optimacut</lookup-name>
                </resource-ref>
            </jboss-web>
            """;

    /** The run-as helpers and the principal each runs as; services see it as the caller's name. */
    public static final Map<Class<?>, String> RUN_AS = orderedMap(
            RunAsAdmin.class, "it-admin",
            RunAsManager.class, "it-manager",
            RunAsExecutor1.class, "it-ex1",
            RunAsExecutor2.class, "it-ex2",
            RunAsExecutor3.class, "it-ex3",
            RunAsExecutor4.class, "it-ex4",
            RunAsIntegrator.class, "it-integrator");

    private Deployments() {
    }

    private static Map<Class<?>, String> orderedMap(Object... pairs) {
        Map<Class<?>, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((Class<?>) pairs[i], (String) pairs[i + 1]);
        }
        return map;
    }

    /**
     * Returns the real role mapping (group = role) plus the test principals, because Payara lets a
     * bean run as a role only through a principal mapped to that role.
     */
    private static String roleMapping() {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE glassfish-application PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Java EE Application 6.0//EN" "http://glassfish.org/dtds/glassfish-application_6_0-1.dtd">
                <glassfish-application>
                """);
        for (String role : new String[] {"ADMIN", "MANAGER", "EXECUTOR", "INTEGRATOR"}) {
            xml.append("<security-role-mapping><role-name>").append(role).append("</role-name>");
            RUN_AS.forEach((bean, principal) -> {
                if (runAsRole(bean).equals(role)) {
                    xml.append("<principal-name>").append(principal).append("</principal-name>");
                }
            });
            xml.append("<group-name>").append(role).append("</group-name></security-role-mapping>\n");
        }
        return xml.append("</glassfish-application>\n").toString();
    }

    private static String runAsPrincipals() {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE glassfish-ejb-jar PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 EJB 3.1//EN" "http://glassfish.org/dtds/glassfish-ejb-jar_3_1-1.dtd">
                <glassfish-ejb-jar><enterprise-beans>
                """);
        RUN_AS.forEach((bean, principal) -> xml.append("<ejb><ejb-name>").append(bean.getSimpleName())
                .append("</ejb-name><principal><name>").append(principal).append("</name></principal></ejb>\n"));
        return xml.append("</enterprise-beans></glassfish-ejb-jar>\n").toString();
    }

    /**
     * WildFly's equivalent of {@link #runAsPrincipals()}: it runs a {@code @RunAs} bean as the
     * principal named here, with the run-as role, whether or not a user of that name exists.
     */
    private static String jbossRunAsPrincipals() {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <jboss:ejb-jar xmlns:jboss="urn:jboss:jakartaee:1.0" xmlns="https://jakarta.ee/xml/ns/jakartaee"
                        xmlns:s="urn:security:2.0" version="4.0" impl-version="2.0">
                <assembly-descriptor>
                """);
        RUN_AS.forEach((bean, principal) -> xml.append("<s:security><ejb-name>").append(bean.getSimpleName())
                .append("</ejb-name><s:run-as-principal>").append(principal).append("</s:run-as-principal></s:security>\n"));
        return xml.append("</assembly-descriptor></jboss:ejb-jar>\n").toString();
    }

    private static String runAsRole(Class<?> bean) {
        return bean.getAnnotation(jakarta.annotation.security.RunAs.class).value();
    }

    /** Returns the test EAR holding the given test classes and the run-as helpers. */
    public static EnterpriseArchive inContainer(Class<?>... testClasses) {
        EnterpriseArchive real = ShrinkWrap.create(ZipImporter.class, "optimacut.ear")
                .importFrom(new File(TestSettings.earFile())).as(EnterpriseArchive.class);
        EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, APPLICATION + ".ear").merge(real);
        ear.delete("optimacut-web.war");
        ear.delete("META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(applicationXml()));
        ear.delete("META-INF/glassfish-application.xml");
        ear.addAsManifestResource(new StringAsset(roleMapping()), "glassfish-application.xml");

        WebArchive tests = ShrinkWrap.create(WebArchive.class, APPLICATION + ".war")
                .addClasses(testClasses)
                .addClasses(TestSettings.class)
                .addClasses(RUN_AS.keySet().toArray(Class<?>[]::new))
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsWebInfResource(new StringAsset(TEST_EJB_JAR), "ejb-jar.xml")
                .addAsWebInfResource(new StringAsset(runAsPrincipals()), "glassfish-ejb-jar.xml")
                .addAsWebInfResource(new StringAsset(jbossRunAsPrincipals()), "jboss-ejb3.xml")
                .addAsWebInfResource(new StringAsset(TEST_JBOSS_WEB), "jboss-web.xml");
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
