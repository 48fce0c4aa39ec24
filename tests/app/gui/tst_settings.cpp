// Settings: validation names the field and what was expected; the dialog refuses bad values.
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include "AppSettings.h"
#include "GuiTestUtil.h"
#include "LabSecrets.h"
#include "LabSession.h"
#include "RedisUrl.hpp"
#include "SettingsDialog.h"

using namespace swarmlab;

class TstSettings : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() { test::isolateSettings("tst_gui_settings"); }

  void defaultsAreValid() {
    AppSettings s;
    QVERIFY(s.validate().isEmpty());
    QCOMPARE(s.backend, AppSettings::Backend::Embedded);
    // With no settings the shipped lab is found (from the build tree here).
    const QString lab = LabSession::labPathFor(s);
    QVERIFY2(QFileInfo(lab).isFile(), qPrintable(lab));
  }

  void badValues_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expect");
    QTest::newRow("redis scheme") << "redis"
                                  << "http://127.0.0.1:6379"
                                  << "Redis URL";
    QTest::newRow("redis not a url") << "redis"
                                     << "::::"
                                     << "Redis URL";
    QTest::newRow("redis port") << "redis"
                                << "redis://127.0.0.1:99999"
                                << "Redis URL";
    QTest::newRow("redis db") << "redis"
                              << "redis://127.0.0.1:6379/abc"
                              << "database";
    QTest::newRow("lab missing") << "lab"
                                 << "/nonexistent/lab.json"
                                 << "Lab file";
    QTest::newRow("docker scheme") << "docker"
                                   << "ftp://host:2376"
                                   << "Docker endpoint";
    QTest::newRow("docker port") << "docker"
                                 << "tcp://host"
                                 << "port";
    QTest::newRow("tls without certs") << "tls"
                                       << ""
                                       << "TLS certificates";
    QTest::newRow("tls missing files") << "tls"
                                       << "/tmp"
                                       << "ca.pem";
    QTest::newRow("window short") << "window"
                                  << "5"
                                  << "Chart window";
    QTest::newRow("window long") << "window"
                                 << "3600"
                                 << "Chart window";
    QTest::newRow("language") << "language"
                              << "fr"
                              << "Language";
    QTest::newRow("registry scheme") << "registry"
                                     << "https://10.0.0.1:5000"
                                     << "Lab registry";
    QTest::newRow("registry path") << "registry"
                                   << "lab:5000/x"
                                   << "expected host:port";
    QTest::newRow("registry port") << "registry"
                                   << "lab:70000"
                                   << "Lab registry";
  }
  void badValues() {
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expect);
    AppSettings s;
    if (field == "redis") s.redisUrl = value;
    if (field == "lab") s.labFile = value;
    if (field == "docker") {
      s.backend = AppSettings::Backend::Docker;
      s.dockerHost = value;
    }
    if (field == "tls") {
      s.backend = AppSettings::Backend::Docker;
      s.dockerTls = true;
      s.dockerCertDir = value;
    }
    if (field == "window") s.chartWindowS = value.toInt();
    if (field == "language") s.language = value;
    if (field == "registry") {
      s.backend = AppSettings::Backend::Docker;
      s.registry = value;
    }
    const QStringList errors = s.validate();
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.join('\n').contains(expect), qPrintable(errors.join('\n')));
  }

  void goodValues() {
    QTemporaryDir certs;
    for (const char* f : {"ca.pem", "cert.pem", "key.pem"}) {
      QFile file(certs.filePath(f));
      QVERIFY(file.open(QIODevice::WriteOnly));
    }
    AppSettings s;
    s.backend = AppSettings::Backend::Docker;
    s.dockerHost = "tcp://swarm-manager:2376";
    s.dockerTls = true;
    s.dockerCertDir = certs.path();
    s.redisUrl = "redis://10.0.0.2:6379/0";
    s.chartWindowS = 600;
    s.language = "pt";
    QVERIFY2(s.validate().isEmpty(), qPrintable(s.validate().join('\n')));
    // Without ca.pem: an error naming it, unless the engine is not to be verified.
    QVERIFY(QFile::remove(certs.filePath("ca.pem")));
    QVERIFY(s.validate().join('\n').contains(certs.filePath("ca.pem")));
    s.dockerTlsInsecure = true;
    QVERIFY2(s.validate().isEmpty(), qPrintable(s.validate().join('\n')));
    s.dockerHost = "unix:///var/run/docker.sock";
    s.redisUrl = "unix:///tmp/redis.sock";
    QVERIFY(s.validate().isEmpty());
  }

  void roundTripThroughQSettings() {
    AppSettings s;
    s.backend = AppSettings::Backend::Docker;
    s.dockerHost = "tcp://h:2375";
    s.redisUrl = "redis://h:1";
    s.chartWindowS = 300;
    s.openGL = true;
    s.language = "pt";
    s.dockerTls = true;
    s.dockerTlsInsecure = true;
    s.registry = "10.0.0.1:5000";
    QSettings qs;
    s.save(qs);
    QCOMPARE(AppSettings::load(qs), s);
    qs.clear();
  }

  // Issue 11: QSettings keeps no password; a 0600 file of its own does; the dialog masks it.
  void passwordNotInQSettings() {
    AppSettings s;
    s.redisUrl = "redis://app:s3/cr@t:pw@gw1:6380";
    QSettings qs;
    s.save(qs);
    qs.sync();
    QFile f(qs.fileName());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY2(!text.contains("s3/cr") && !text.contains("s3%2Fcr"), text.constData());
    QVERIFY(text.contains("gw1"));
    const QString pwFile = secrets::consolePasswordPath();
    QCOMPARE(QFile(pwFile).permissions(),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    const AppSettings back = AppSettings::load(qs);
    const auto u = redis::parseRedisUrl(back.redisUrl.toStdString(), nullptr);
    QVERIFY(u);
    QCOMPARE(QString::fromStdString(u->password), QString("s3/cr@t:pw"));
    QCOMPARE(QString::fromStdString(u->user), QString("app"));
    SettingsDialog dlg;
    dlg.setSettings(back);
    QCOMPARE(dlg.redisUrlEdit()->text(), QString("redis://gw1:6380"));
    QCOMPARE(dlg.redisPasswordEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(dlg.settings().redisUrl, back.redisUrl);
    s.redisUrl = "redis://gw1:6380";  // no password any more: its file goes
    s.save(qs);
    QVERIFY(!QFile::exists(pwFile));
    qs.clear();
  }

  void dialogRefusesBadValues() {
    SettingsDialog dlg;
    dlg.setSettings(AppSettings{});
    auto* ok = dlg.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    dlg.redisUrlEdit()->setText("http://nowhere");
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dlg.errors().isEmpty());
    QVERIFY(dlg.errors().first().startsWith("Redis URL"));
    dlg.open();
    dlg.accept();  // refused: the dialog stays open
    QVERIFY(dlg.isVisible());
    QCOMPARE(dlg.result(), 0);
    dlg.windowSpin()->setValue(10);
    QCOMPARE(dlg.errors().size(), 2);
    dlg.redisUrlEdit()->setText("redis://127.0.0.1:6379");
    dlg.windowSpin()->setValue(60);
    QVERIFY(dlg.errors().isEmpty());
    QVERIFY(ok->isEnabled());
    dlg.accept();
    QCOMPARE(dlg.result(), int(QDialog::Accepted));
    QCOMPARE(dlg.settings().redisUrl, QString("redis://127.0.0.1:6379"));
    QCOMPARE(dlg.settings().chartWindowS, 60);
  }

  void dockerFieldsOnlyCheckedForDocker() {
    SettingsDialog dlg;
    dlg.setSettings(AppSettings{});
    dlg.dockerHostEdit()->setText("garbage");
    QVERIFY(dlg.errors().isEmpty());  // embedded: the endpoint is not used
    dlg.dockerRadio()->setChecked(true);
    QVERIFY(!dlg.errors().isEmpty());
    QVERIFY(dlg.errors().first().startsWith("Docker endpoint"));
  }

  // The lab registry (issue 12): typed into the dialog with the keyboard, checked as host:port
  // with the reason under the form, and handed to the Swarm backend as swarmlab-cli --registry.
  void labRegistryTypedIntoTheDialog() {
    qunsetenv("SWARMLAB_REGISTRY");
    SettingsDialog dlg;
    dlg.setSettings(AppSettings{});
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    auto* ok = dlg.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QLineEdit* reg = dlg.registryEdit();
    QVERIFY(!reg->isEnabled());  // embedded lab: no registry
    QTest::mouseClick(dlg.dockerRadio(), Qt::LeftButton, {}, QPoint(8, 8));
    QVERIFY(dlg.dockerRadio()->isChecked());
    QVERIFY(reg->isEnabled());
    QTest::mouseClick(reg, Qt::LeftButton);
    QVERIFY(reg->hasFocus());
    QTest::keyClicks(reg, "https://lab:5000/v2");
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dlg.errors().size(), 1);
    QVERIFY2(dlg.errors().first().startsWith("Lab registry: "), qPrintable(dlg.errors().first()));
    QVERIFY2(dlg.errors().first().contains("expected host:port"), qPrintable(dlg.errors().first()));
    const QString shots = QDir(QStringLiteral(SWARMLAB_TEST_ARTIFACTS)).absolutePath();
    QDir().mkpath(shots);
    QVERIFY(dlg.grab().save(QDir(shots).filePath("settings-registry-refused.png")));
    QTest::mouseClick(ok, Qt::LeftButton);  // disabled: nothing happens
    QVERIFY(dlg.isVisible());
    reg->selectAll();
    QTest::keyClicks(reg, " 10.0.0.1:5000 ");
    QVERIFY2(dlg.errors().isEmpty(), qPrintable(dlg.errors().join('\n')));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dlg.result(), int(QDialog::Accepted));
    const AppSettings s = dlg.settings();
    QCOMPARE(s.registry, QString("10.0.0.1:5000"));
    QCOMPARE(LabSession::backendConfig(s).registry, QString("10.0.0.1:5000"));
    // The embedded lab has no registry, whatever the field holds.
    AppSettings e = s;
    e.backend = AppSettings::Backend::Embedded;
    e.registry = "not an address";
    QVERIFY(e.validate().isEmpty());
    QVERIFY(LabSession::backendConfig(e).registry.isEmpty());
  }

  // Empty in Settings: $SWARMLAB_REGISTRY, as for swarmlab-cli; a bad one is refused on open,
  // naming the variable.
  void labRegistryFromTheEnvironment() {
    AppSettings s;
    s.backend = AppSettings::Backend::Docker;
    s.dockerHost = "tcp://127.0.0.1:1";  // never contacted: start() is not called
    qputenv("SWARMLAB_REGISTRY", "192.0.2.2:5000");
    QCOMPARE(LabSession::backendConfig(s).registry, QString("192.0.2.2:5000"));
    s.registry = "10.0.0.1:5000";  // the setting wins
    QCOMPARE(LabSession::backendConfig(s).registry, QString("10.0.0.1:5000"));
    s.registry.clear();
    qputenv("SWARMLAB_REGISTRY", "https://192.0.2.2:5000");
    LabSession session;
    QStringList errors;
    QVERIFY(!session.open(s, &errors));
    QVERIFY2(errors.join('\n').startsWith("SWARMLAB_REGISTRY: "), qPrintable(errors.join('\n')));
    QVERIFY(!session.orchestrator());
    qunsetenv("SWARMLAB_REGISTRY");
    errors.clear();
    LabSession again;
    QVERIFY2(again.open(s, &errors), qPrintable(errors.join('\n')));
  }

  void dockerTlsGoesIntoTheBackendConfig() {
    AppSettings s;
    s.backend = AppSettings::Backend::Docker;
    s.dockerHost = "tcp://manager:2376";
    s.dockerTls = true;
    s.dockerCertDir = "/etc/swarmlab/certs";
    s.redisUrl = "redis://gw1:6379";
    BackendConfig c = LabSession::backendConfig(s);
    QVERIFY(c.kind == BackendConfig::Kind::Swarm);
    QCOMPARE(c.dockerHost, QString("tcp://manager:2376"));
    QVERIFY(c.dockerTlsVerify == true);
    QCOMPARE(c.dockerCertPath, QString("/etc/swarmlab/certs"));
    QCOMPARE(c.redisUrl, QString("redis://gw1:6379"));
    // TLS off in Settings is explicit too: it overrides DOCKER_TLS_VERIFY, as before.
    s.dockerTls = false;
    c = LabSession::backendConfig(s);
    QVERIFY(c.dockerTlsVerify == false);
    QVERIFY(c.dockerCertPath.isEmpty());
    QVERIFY(!c.dockerTlsInsecure);
    // Not verifying the engine is a choice of its own, and only with TLS (issue 11).
    s.dockerTlsInsecure = true;
    QVERIFY(!LabSession::backendConfig(s).dockerTlsInsecure);
    s.dockerTls = true;
    QVERIFY(LabSession::backendConfig(s).dockerTlsInsecure);
    // The embedded lab carries no Docker fields.
    c = LabSession::backendConfig(AppSettings{});
    QVERIFY(c.kind == BackendConfig::Kind::Local);
    QVERIFY(!c.dockerTlsVerify.has_value());
  }

  void openingDockerSettingsLeavesTheEnvironmentAlone() {
    qputenv("DOCKER_TLS_VERIFY", "1");
    qputenv("DOCKER_CERT_PATH", "/from/the/environment");
    AppSettings s;
    s.backend = AppSettings::Backend::Docker;
    s.dockerHost = "tcp://127.0.0.1:1";  // never contacted: start() is not called
    s.dockerTls = false;
    LabSession session;
    QStringList errors;
    QVERIFY2(session.open(s, &errors), qPrintable(errors.join('\n')));
    QVERIFY(session.orchestrator());
    QVERIFY(session.orchestrator()->traits().machinesAssignable);  // a Swarm backend
    QVERIFY(session.usesDocker());
    QCOMPARE(qgetenv("DOCKER_TLS_VERIFY"), QByteArray("1"));
    QCOMPARE(qgetenv("DOCKER_CERT_PATH"), QByteArray("/from/the/environment"));
    qunsetenv("DOCKER_TLS_VERIFY");
    qunsetenv("DOCKER_CERT_PATH");
  }

  void brokenLabFileShowsPathErrors() {
    QTemporaryDir dir;
    const QString path = dir.filePath("broken.json");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"name": "x", "nodes": [{"name": "a", "layer": "space"}], "templates": []})");
    f.close();
    AppSettings s;
    s.labFile = path;
    LabSession session;
    QStringList errors;
    QVERIFY(!session.open(s, &errors));
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.join('\n').contains("broken.json"), qPrintable(errors.join('\n')));
    QVERIFY(!session.orchestrator());
  }
};

QTEST_MAIN(TstSettings)
#include "tst_settings.moc"
