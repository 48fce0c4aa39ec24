// A lab's Redis credentials: the per-lab password (random, generated on first use, kept 0600 in
// the user's configuration folder, never in the lab file), the ACL users with the least rights,
// and private files. See docs/security.md.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace swarmlab::secrets {

/// ACL user of the agents: PUBLISH/SUBSCRIBE on the lab's channels, XADD and SET on its keys.
inline constexpr char kAgentUser[] = "swarmlab-agent";
/// ACL user of the console: reads the lab's keys and streams, may SUBSCRIBE; writes nothing.
inline constexpr char kConsoleUser[] = "swarmlab-console";

/// ACL user a replica authenticates with to its primary (masteruser): replication only.
inline constexpr char kReplicaUser[] = "swarmlab-replica";
/// ACL user of the sentinels: on the lab's redis-servers what Sentinel needs to watch and
/// reconfigure them (sentinel auth-user), and between sentinels (sentinel-user).
inline constexpr char kSentinelUser[] = "swarmlab-sentinel";

/// <config>/swarmlab/secrets (config: $XDG_CONFIG_HOME, else ~/.config), created 0700.
QString secretsDir();
/// The file name of a lab's password: the lab's name with anything but [A-Za-z0-9._-] as '_'.
QString labId(const QString& labName);
/// secretsDir()/labId(labName).
QString labPasswordPath(const QString& labName);

/// The lab's password: read from labPasswordPath(), or generated (QRandomGenerator::system(),
/// 32 bytes as 64 hex digits) and written there 0600 on first use. Refuses a file that others
/// may read. Empty and *error naming the file on failure.
QString labPassword(const QString& labName, QString* error);

/// 32 bytes from the system CSPRNG as 64 lower-case hex digits.
QString randomPassword();

/// A Redis 7 ACL file: `default` off (an unauthenticated command gets NOAUTH), kAgentUser and
/// kConsoleUser with the password (stored as its SHA-256, so the file holds no password)
/// restricted to `<prefix>:*` keys and channels. See docs/security.md for the rights.
QByteArray aclFileText(const QString& prefix, const QString& password);

/// ACL lines for the redis-servers of a replicated lab (issue 12), appended to aclFileText():
/// kReplicaUser (PSYNC, REPLCONF, PING) and kSentinelUser (what Sentinel sends: INFO, PING,
/// REPLICAOF, CONFIG, CLIENT, MULTI/EXEC, PUBLISH/SUBSCRIBE on __sentinel__:hello).
QByteArray replicationAclText(const QString& password);
/// ACL lines of a lab's redis-sentinel (sentinel.conf): `default` off, kSentinelUser for the
/// other sentinels, and kAgentUser and kConsoleUser limited to asking for the primary.
QByteArray sentinelAclText(const QString& password);

/// Writes data to path, created or truncated with mode 0600 before anything is written.
bool writePrivateFile(const QString& path, const QByteArray& data, QString* error);

/// The Redis the user chose, from a URL (--redis, else $SWARMLAB_REDIS_URL) and a password file
/// (--redis-password-file) whose first line replaces the URL's password. Empty url and file:
/// empty (the lab's own Redis). Empty and *error (naming the setting, never the password) when
/// the URL does not parse or the file cannot be read.
QString userRedisUrl(const QString& url, const QString& passwordFile, QString* error);
/// True when url (as typed, possibly invalid) holds a password.
bool hasPassword(const QString& url);

/// A Redis URL and its credentials apart (what a settings file may keep, and what it may not).
struct RedisCredentials {
  QString url;  ///< without user and password
  QString user;
  QString password;
};
/// Splits url's credentials off (a URL that does not parse is returned whole in .url).
RedisCredentials splitCredentials(const QString& url);
/// The URL with the credentials (no password: .url as it is).
QString joinCredentials(const RedisCredentials& c);
/// Creates secretsDir() with mode 0700; false and *error naming it on failure.
bool makeSecretsDir(QString* error);
/// Where the console keeps the password of a Redis chosen in its settings (0600): QSettings
/// holds the URL without it. (Debian's qtkeychain needs a keyring daemon: see docs/security.md.)
QString consolePasswordPath();

/// How the console and the agents reach a lab's Redis.
struct RedisAccess {
  /// The console's URL, credentials included: in memory only, for code that connects; any
  /// text shows redactedRedisUrl() of it.
  QString consoleUrl;
  /// The agents' URL without any credentials: safe for ${redis_url}, argv and service specs.
  QString agentUrl;
  /// What the agents get in their environment: SWARMLAB_REDIS_USER and the password's file
  /// (SWARMLAB_REDIS_PASSWORD_FILE) or, for a Redis given only by a URL, the password itself
  /// (SWARMLAB_REDIS_PASSWORD: a process's environment is private to its user).
  QMap<QString, QString> agentEnv;
};

/// A Redis given by the user (a URL that may hold credentials): both sides use its user, except
/// that the lab's console user (read-only) gives the agents the lab's agent user, same password.
RedisAccess accessFromUrl(const QString& url);
/// The lab's own Redis at plainUrl (no credentials) with the ACL users of aclFileText(); the
/// agents read the password from passwordFile (the lab's file, or a Docker secret's path).
RedisAccess labRedisAccess(const QString& plainUrl, const QString& password,
                           const QString& passwordFile);

}  // namespace swarmlab::secrets
