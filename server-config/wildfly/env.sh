# Settings shared by the scripts in this folder. Source it; every value can be set in the
# environment first. Nothing here starts or changes a server.

# Folder of the run command's WildFly and embedded database, kept between runs.
: "${OPTIMACUT_HOME:=$HOME/.optimacut}"
: "${WILDFLY_VERSION:=39.0.1.Final}"
: "${WILDFLY_HOME:=$OPTIMACUT_HOME/wildfly-$WILDFLY_VERSION}"
# The server's own folder (configuration, data, logs, deployments): standalone/ by default. The
# test server uses a fresh one per run, so the unpacked distribution stays pristine.
: "${WILDFLY_BASE_DIR:=$WILDFLY_HOME/standalone}"
# The server configuration: the full profile, whose messaging broker carries the notification
# events between server instances (standalone.xml has none, and the EAR's listener needs one).
: "${WILDFLY_CONFIG:=standalone-full.xml}"
# Every port moves by the offset: HTTP = 8080 + offset, management = 9990 + offset.
: "${WILDFLY_PORT_OFFSET:=0}"
: "${WILDFLY_HTTP_PORT:=$((8080 + WILDFLY_PORT_OFFSET))}"
: "${WILDFLY_MANAGEMENT_PORT:=$((9990 + WILDFLY_PORT_OFFSET))}"
: "${WILDFLY_MANAGEMENT_HOST:=127.0.0.1}"

# Database: PostgreSQL when OPTIMACUT_DB_URL is set, otherwise the embedded H2 of the quick start.
: "${OPTIMACUT_DB_URL:=}"
: "${OPTIMACUT_DB_USER:=optimacut}"
: "${OPTIMACUT_DB_PASSWORD:=}"
: "${OPTIMACUT_DB_POOL_MAX:=32}"
: "${OPTIMACUT_H2_FILE:=$OPTIMACUT_HOME/data/optimacut-wildfly}"

# Mail: sent through OPTIMACUT_SMTP_HOST when set, otherwise kept in the outbox and logged.
: "${OPTIMACUT_SMTP_HOST:=}"
: "${OPTIMACUT_SMTP_PORT:=25}"
: "${OPTIMACUT_SMTP_USER:=}"
: "${OPTIMACUT_SMTP_PASSWORD:=}"
: "${OPTIMACUT_SMTP_STARTTLS:=false}"
: "${OPTIMACUT_MAIL_FROM:=optimacut@localhost}"
: "${OPTIMACUT_MAIL_POLL_SECONDS:=10}"

# Demo data set: accounts, clients, materials and projects to try the screens on.
: "${OPTIMACUT_DEMO_DATA:=false}"

# Remote API: a service account in WildFly's application realm, created when both are set
# (integrator-user.sh adds more). Leave them empty to create none.
: "${OPTIMACUT_INTEGRATOR_USER:=}"
: "${OPTIMACUT_INTEGRATOR_PASSWORD:=}"

# Exported, so apply.sh reads the values that run.sh or the caller chose.
export OPTIMACUT_HOME WILDFLY_VERSION WILDFLY_HOME WILDFLY_BASE_DIR WILDFLY_CONFIG WILDFLY_PORT_OFFSET \
    WILDFLY_HTTP_PORT WILDFLY_MANAGEMENT_PORT WILDFLY_MANAGEMENT_HOST \
    OPTIMACUT_DB_URL OPTIMACUT_DB_USER OPTIMACUT_DB_PASSWORD OPTIMACUT_DB_POOL_MAX OPTIMACUT_H2_FILE \
    OPTIMACUT_SMTP_HOST OPTIMACUT_SMTP_PORT OPTIMACUT_SMTP_USER OPTIMACUT_SMTP_PASSWORD \
    OPTIMACUT_SMTP_STARTTLS OPTIMACUT_MAIL_FROM OPTIMACUT_MAIL_POLL_SECONDS OPTIMACUT_DEMO_DATA \
    OPTIMACUT_INTEGRATOR_USER OPTIMACUT_INTEGRATOR_PASSWORD
