# Settings shared by the scripts in this folder. Source it; every value can be set in the
# environment first. Nothing here starts or changes a server.

# Folder of the run command's Payara and embedded database, kept between runs.
: "${OPTIMACUT_HOME:=$HOME/.optimacut}"
: "${PAYARA_HOME:=$OPTIMACUT_HOME/payara6}"
: "${PAYARA_DOMAIN:=domain1}"
# With PAYARA_PORTBASE set, a new domain gets admin port = base + 48 and HTTP port = base + 80.
if [ -n "${PAYARA_PORTBASE:-}" ]; then
    : "${PAYARA_ADMIN_PORT:=$((PAYARA_PORTBASE + 48))}"
    : "${PAYARA_HTTP_PORT:=$((PAYARA_PORTBASE + 80))}"
fi
: "${PAYARA_ADMIN_PORT:=4848}"
: "${PAYARA_HTTP_PORT:=8080}"

# Database: PostgreSQL when OPTIMACUT_DB_URL is set, otherwise the embedded H2 of the quick start.
: "${OPTIMACUT_DB_URL:=}"
: "${OPTIMACUT_DB_USER:=optimacut}"
: "${OPTIMACUT_DB_PASSWORD:=}"
: "${OPTIMACUT_DB_POOL_MAX:=32}"
: "${OPTIMACUT_H2_FILE:=$OPTIMACUT_HOME/data/optimacut}"

# Maximum worker threads of the HTTP listeners (http.asadmin).
: "${OPTIMACUT_HTTP_THREADS:=32}"

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

# Remote API: a service account in the realm optimacut-integrators, created when both are set
# (integrator-user.sh adds more). Leave them empty to create none.
: "${OPTIMACUT_INTEGRATOR_USER:=}"
: "${OPTIMACUT_INTEGRATOR_PASSWORD:=}"

# Exported, so apply.sh reads the values that run.sh or the caller chose.
export OPTIMACUT_HOME PAYARA_HOME PAYARA_DOMAIN PAYARA_ADMIN_PORT PAYARA_HTTP_PORT \
    OPTIMACUT_DB_URL OPTIMACUT_DB_USER OPTIMACUT_DB_PASSWORD OPTIMACUT_DB_POOL_MAX OPTIMACUT_H2_FILE OPTIMACUT_HTTP_THREADS \
    OPTIMACUT_SMTP_HOST OPTIMACUT_SMTP_PORT OPTIMACUT_SMTP_USER OPTIMACUT_SMTP_PASSWORD \
    OPTIMACUT_SMTP_STARTTLS OPTIMACUT_MAIL_FROM OPTIMACUT_MAIL_POLL_SECONDS OPTIMACUT_DEMO_DATA \
    OPTIMACUT_INTEGRATOR_USER OPTIMACUT_INTEGRATOR_PASSWORD
