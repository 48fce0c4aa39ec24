// libFuzzer target: Redis URLs (parseRedisUrl, redacted, where, redactUrl). Besides "no
// undefined behaviour", two properties about the password:
// 1. Whole input as a URL: when it parses, redacted() and where() do not depend on the
//    password's content (same text with another password), so they cannot carry it.
// 2. URLs built as redis://USER:SECRET@REST and unix://USER:SECRET@/REST, SECRET holding any
//    bytes (':' '/' '@' '%' included) and at least one byte >= 0x80, USER and REST plain ASCII:
//    no text given back (redacted(), where(), the parse error, redactUrl()) holds a byte
//    >= 0x80. The high byte only marks the secret's bytes so that a leak of any part of it is
//    seen; where a secret is cut and shown depends on the separators, not on byte values.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "RedisUrl.hpp"

namespace {

using swarmlab::redis::parseRedisUrl;
using swarmlab::redis::redactUrl;

void check(bool ok, const char* what, std::string_view text) {
  if (ok) return;
  std::fprintf(stderr, "fuzz_redis_url: %s: '%.*s'\n", what, static_cast<int>(text.size()),
               text.data());
  std::abort();  // libFuzzer keeps the input as crash-*
}

bool hasHighByte(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return true;
  return false;
}

std::string ascii(std::string_view s, std::string_view drop) {
  std::string out;
  for (unsigned char c : s)
    if (c < 0x80 && drop.find(static_cast<char>(c)) == std::string_view::npos) out.push_back(c);
  return out;
}

void checkRedactionIgnoresPassword(std::string_view url) {
  std::string error;
  auto u = parseRedisUrl(url, &error);
  if (!u || u->password.empty()) return;
  auto other = *u;
  other.password = u->password == "x" ? "y" : "x";
  check(u->redacted() == other.redacted(), "redacted() depends on the password", u->redacted());
  check(u->where() == other.where(), "where() depends on the password", u->where());
}

void checkSecretNeverShown(std::string_view input) {
  // input = USER '\n' SECRET '\n' REST
  auto nl1 = input.find('\n');
  if (nl1 == std::string_view::npos) return;
  auto nl2 = input.find('\n', nl1 + 1);
  if (nl2 == std::string_view::npos) return;
  const std::string user = ascii(input.substr(0, nl1), ":@/%\n");
  std::string secret(input.substr(nl1 + 1, nl2 - nl1 - 1));
  if (!hasHighByte(secret)) secret.push_back('\xe9');
  const std::string rest = ascii(input.substr(nl2 + 1), "");
  for (const char* scheme : {"redis://", "unix://"}) {
    const std::string url =
        std::string(scheme) + user + ":" + secret + (scheme[0] == 'u' ? "@/" : "@") + rest;
    std::string error;
    auto u = parseRedisUrl(url, &error);
    check(!hasHighByte(error), "the parse error shows the password", error);
    check(!hasHighByte(redactUrl(url)), "redactUrl() shows the password", redactUrl(url));
    if (u) {
      check(!hasHighByte(u->redacted()), "redacted() shows the password", u->redacted());
      check(!hasHighByte(u->where()), "where() shows the password", u->where());
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view s(reinterpret_cast<const char*>(data), size);
  checkRedactionIgnoresPassword(s);
  checkSecretNeverShown(s);
  return 0;
}
