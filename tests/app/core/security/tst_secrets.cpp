// app/core/security/LabSecrets: the per-lab password (CSPRNG, 0600, kept), the ACL file's least
// rights checked on a real redis-server, and credentials split off URLs.
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

#include "LabSecrets.h"
#include "RedisLink.hpp"
#include "RedisServer.h"
#include "RedisUrl.hpp"

using namespace swarmlab;
using swarmlab::test::RedisServer;

namespace {
int modeOf(const QString& path) {
  struct stat st {};
  if (::stat(QFile::encodeName(path).constData(), &st) != 0) return -1;
  return int(st.st_mode & 0777);
}

// The reply to cmd from user (AUTH at connect, as the agents and the console do): "ok",
// "NOPERM", or the connection's error.
std::string as(const RedisServer& srv, const char* user, const std::string& pw,
               std::initializer_list<std::string_view> cmd) {
  redis::RedisUrl u;
  u.port = srv.port();
  u.user = user;
  u.password = pw;
  std::string error;
  redis::Context c = redis::connectRedis(u, {}, &error);
  if (!c) return error;
  redis::Reply r = redis::command(c.get(), cmd);
  if (!r) return "no reply";
  if (!redis::isError(r.get())) return "ok";
  return redis::errorText(r.get()).substr(0, 6);
}
}  // namespace

class TestSecrets : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() {
    QVERIFY(config_.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config_.path()));
  }

  void passwordIsMadeOnceAndKeptPrivate() {
    QString error;
    const QString pw = secrets::labPassword(QStringLiteral("my lab/1"), &error);
    QVERIFY2(!pw.isEmpty(), qPrintable(error));
    QCOMPARE(pw.size(), 64);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(pw).hasMatch());
    const QString path = secrets::labPasswordPath(QStringLiteral("my lab/1"));
    QVERIFY2(path.startsWith(config_.path() + "/swarmlab/secrets/"), qPrintable(path));
    QVERIFY(path.endsWith(QStringLiteral("/my_lab_1")));
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(modeOf(secrets::secretsDir()), 0700);
    QCOMPARE(secrets::labPassword(QStringLiteral("my lab/1"), &error), pw);  // kept
    QVERIFY(secrets::labPassword(QStringLiteral("other"), &error) != pw);    // per lab
  }

  void readableByOthersIsRefused() {
    QString error;
    QVERIFY(!secrets::labPassword(QStringLiteral("shared"), &error).isEmpty());
    const QString path = secrets::labPasswordPath(QStringLiteral("shared"));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    QVERIFY(secrets::labPassword(QStringLiteral("shared"), &error).isEmpty());
    QVERIFY2(error.contains(path) && error.contains(QStringLiteral("chmod 600")),
             qPrintable(error));
  }

  void aclGivesLeastRights() {
    const QString pw = QStringLiteral("p@ss/w:rd");
    QTemporaryDir dir;
    const QString acl = dir.filePath(QStringLiteral("users.acl"));
    QString error;
    QVERIFY2(secrets::writePrivateFile(acl, secrets::aclFileText("lab", pw), &error),
             qPrintable(error));
    QCOMPARE(modeOf(acl), 0600);
    QFile f(acl);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains(pw.toUtf8()));  // hashes only
    RedisServer srv({"--aclfile", acl.toStdString()});
    QVERIFY2(srv.ok(), srv.error().c_str());
    const std::string p = pw.toStdString();
    QVERIFY(srv.rawCommand("PING").starts_with("-NOAUTH"));
    const char* agent = secrets::kAgentUser;
    const char* console = secrets::kConsoleUser;
    QCOMPARE(as(srv, agent, p, {"PUBLISH", "lab:clock", "1"}), "ok");
    QCOMPARE(as(srv, agent, p, {"SET", "lab:clock:last", "x"}), "ok");
    QCOMPARE(as(srv, agent, p, {"XADD", "lab:events", "*", "a", "b"}), "ok");
    QCOMPARE(as(srv, agent, p, {"TIME"}), "ok");
    QCOMPARE(as(srv, agent, p, {"GET", "lab:clock:last"}), "NOPERM");
    QCOMPARE(as(srv, agent, p, {"PUBLISH", "other:clock", "1"}), "NOPERM");
    QCOMPARE(as(srv, agent, p, {"SET", "other:x", "1"}), "NOPERM");
    QCOMPARE(as(srv, agent, p, {"FLUSHALL"}), "NOPERM");
    QCOMPARE(as(srv, console, p, {"GET", "lab:clock:last"}), "ok");
    QCOMPARE(as(srv, console, p, {"XREAD", "COUNT", "1", "STREAMS", "lab:events", "0"}), "ok");
    QCOMPARE(as(srv, console, p, {"MGET", "lab:clock:last", "lab:display:x"}), "ok");
    QCOMPARE(as(srv, console, p, {"SET", "lab:clock:last", "y"}), "NOPERM");
    QCOMPARE(as(srv, console, p, {"PUBLISH", "lab:clock", "1"}), "NOPERM");
    QCOMPARE(as(srv, console, p, {"CONFIG", "GET", "*"}), "NOPERM");
    QVERIFY(as(srv, "default", "x", {"PING"}).find("refused AUTH") != std::string::npos);
    const std::string wrong = as(srv, agent, "wrong", {"PING"});
    QVERIFY2(wrong.find("WRONGPASS") != std::string::npos, wrong.c_str());
  }

  void credentialsSplitAndJoin() {
    const QString url = QStringLiteral("redis://app:p%40s%2Fs%3Aw@gw:6380/2");
    const secrets::RedisCredentials c = secrets::splitCredentials(url);
    QCOMPARE(c.url, QStringLiteral("redis://gw:6380/2"));
    QCOMPARE(c.user, QStringLiteral("app"));
    QCOMPARE(c.password, QStringLiteral("p@s/s:w"));
    const auto back = redis::parseRedisUrl(secrets::joinCredentials(c).toStdString(), nullptr);
    QVERIFY(back);
    QCOMPARE(QString::fromStdString(back->password), c.password);
    QCOMPARE(QString::fromStdString(back->user), c.user);
    QCOMPARE(secrets::joinCredentials({QStringLiteral("redis://h:1"), {}, {}}),
             QStringLiteral("redis://h:1"));
  }

  void agentsGetNoPasswordInTheirUrl() {
    const auto a = secrets::accessFromUrl(QStringLiteral("redis://u:s3/cr@t@h:7000"));
    QCOMPARE(a.agentUrl, QStringLiteral("redis://h:7000"));
    QCOMPARE(a.agentEnv.value("SWARMLAB_REDIS_PASSWORD"), QStringLiteral("s3/cr@t"));
    QCOMPARE(a.agentEnv.value("SWARMLAB_REDIS_USER"), QStringLiteral("u"));
    const auto l = secrets::labRedisAccess(QStringLiteral("redis://127.0.0.1:5000"),
                                           QStringLiteral("abc"), QStringLiteral("/x/pw"));
    QCOMPARE(l.agentUrl, QStringLiteral("redis://127.0.0.1:5000"));
    QCOMPARE(l.agentEnv.value("SWARMLAB_REDIS_PASSWORD_FILE"), QStringLiteral("/x/pw"));
    QVERIFY(!l.agentEnv.contains("SWARMLAB_REDIS_PASSWORD"));
    const auto u = redis::parseRedisUrl(l.consoleUrl.toStdString(), nullptr);
    QVERIFY(u);
    QCOMPARE(QString::fromStdString(u->user), QString::fromLatin1(secrets::kConsoleUser));
    QCOMPARE(QString::fromStdString(u->password), QStringLiteral("abc"));
  }

  // The console's URL of a lab Redis (user swarmlab-console) handed to a backend: its agents must
  // be able to write, checked against a real redis-server with the lab's ACL file.
  void consoleUrlGivesAgentsTheAgentUser() {
    const QString pw = QStringLiteral("s3cr/t");
    QTemporaryDir dir;
    const QString acl = dir.filePath(QStringLiteral("users.acl"));
    QString error;
    QVERIFY2(secrets::writePrivateFile(acl, secrets::aclFileText("lab", pw), &error),
             qPrintable(error));
    RedisServer srv({"--aclfile", acl.toStdString()});
    QVERIFY2(srv.ok(), srv.error().c_str());
    const QString url = QStringLiteral("redis://") + QLatin1String(secrets::kConsoleUser) +
                        QStringLiteral(":s3cr%2Ft@127.0.0.1:") + QString::number(srv.port());
    const auto a = secrets::accessFromUrl(url);
    QCOMPARE(a.consoleUrl, url);
    const std::string user = a.agentEnv.value("SWARMLAB_REDIS_USER").toStdString();
    QCOMPARE(QString::fromStdString(user), QString::fromLatin1(secrets::kAgentUser));
    const std::string p = a.agentEnv.value("SWARMLAB_REDIS_PASSWORD").toStdString();
    QCOMPARE(as(srv, user.c_str(), p, {"XADD", "lab:events", "*", "a", "b"}), "ok");
    QCOMPARE(as(srv, secrets::kConsoleUser, p, {"XADD", "lab:events", "*", "a", "b"}), "NOPERM");
    // any other user is passed on as given
    QCOMPARE(secrets::accessFromUrl(QStringLiteral("redis://app:x@h:1"))
                 .agentEnv.value("SWARMLAB_REDIS_USER"),
             QStringLiteral("app"));
  }

  void userUrlFromFile() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("pw"));
    QVERIFY(secrets::writePrivateFile(file, "a/b@c:d\n", nullptr));
    QString error;
    const QString url = secrets::userRedisUrl(QStringLiteral("redis://h:1"), file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(QString::fromStdString(redis::parseRedisUrl(url.toStdString(), nullptr)->password),
             QStringLiteral("a/b@c:d"));
    qunsetenv("SWARMLAB_REDIS_URL");
    QVERIFY(secrets::userRedisUrl({}, file, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("SWARMLAB_REDIS_URL")), qPrintable(error));
    error.clear();
    QVERIFY(
        secrets::userRedisUrl(QStringLiteral("redis://h:1"), "/nonexistent/pw", &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("/nonexistent/pw")), qPrintable(error));
    error.clear();
    qputenv("SWARMLAB_REDIS_URL", "redis://envhost:2");
    QCOMPARE(secrets::userRedisUrl({}, {}, &error), QStringLiteral("redis://envhost:2"));
    qunsetenv("SWARMLAB_REDIS_URL");
  }

 private:
  QTemporaryDir config_;
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
