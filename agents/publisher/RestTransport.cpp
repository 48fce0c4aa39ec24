#include "RestTransport.hpp"

#include <curl/curl.h>
#include <dlfcn.h>
#include <type_traits>

namespace swarmlab::agents {

namespace {
// libcurl (and through it TLS, Kerberos, LDAP, ...) is loaded only when the REST transport is
// used: linked normally it alone would push the publisher's RSS past 8 MiB.
struct CurlApi {
  decltype(&::curl_global_init) global_init = nullptr;
  decltype(&::curl_global_cleanup) global_cleanup = nullptr;
  decltype(&::curl_easy_init) easy_init = nullptr;
  decltype(&::curl_easy_cleanup) easy_cleanup = nullptr;
  decltype(&::curl_easy_perform) easy_perform = nullptr;
  decltype(&::curl_easy_strerror) easy_strerror = nullptr;
  decltype(&::curl_easy_escape) easy_escape = nullptr;
  decltype(&::curl_free) free = nullptr;
  CURLcode (*easy_setopt)(CURL*, CURLoption, ...) = nullptr;
  CURLcode (*easy_getinfo)(CURL*, CURLINFO, ...) = nullptr;
};

const CurlApi* loadCurl(std::string* error) {
  static CurlApi api;
  static std::string loadError;
  static bool tried = false;
  if (!tried) {
    tried = true;
    void* h = ::dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (!h) {
      loadError = std::string("cannot load libcurl.so.4: ") + ::dlerror();
    } else {
      auto sym = [&](auto& fn, const char* name) {
        fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(::dlsym(h, name));
        if (!fn && loadError.empty()) loadError = std::string("libcurl.so.4 lacks ") + name;
      };
      sym(api.global_init, "curl_global_init");
      sym(api.global_cleanup, "curl_global_cleanup");
      sym(api.easy_init, "curl_easy_init");
      sym(api.easy_cleanup, "curl_easy_cleanup");
      sym(api.easy_perform, "curl_easy_perform");
      sym(api.easy_strerror, "curl_easy_strerror");
      sym(api.easy_escape, "curl_easy_escape");
      sym(api.free, "curl_free");
      sym(api.easy_setopt, "curl_easy_setopt");
      sym(api.easy_getinfo, "curl_easy_getinfo");
    }
  }
  if (!loadError.empty()) {
    if (error) *error = loadError;
    return nullptr;
  }
  return &api;
}

const CurlApi& curl() { return *loadCurl(nullptr); }

size_t discard(char*, size_t size, size_t n, void*) { return size * n; }

std::string escape(CURL* c, std::string_view s) {
  char* e = curl().easy_escape(c, s.data(), static_cast<int>(s.size()));
  std::string out = e ? e : "";
  curl().free(e);
  return out;
}
}  // namespace

RestTransport::RestTransport(std::string baseUrl, std::string_view lastKey,
                             std::string_view channel)
    : base_(std::move(baseUrl)) {
  std::string loadError;
  if (!loadCurl(&loadError)) {
    error_ = "webdis " + base_ + ": " + loadError;
    return;
  }
  curl().global_init(CURL_GLOBAL_DEFAULT);
  CURL* c = curl().easy_init();
  if (!c) {
    error_ = "webdis " + base_ + ": cannot initialise libcurl";
    return;
  }
  curl_ = c;
  curl().easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl().easy_setopt(c, CURLOPT_TCP_NODELAY, 1L);
  curl().easy_setopt(c, CURLOPT_TCP_KEEPALIVE, 1L);
  curl().easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, 1000L);
  curl().easy_setopt(c, CURLOPT_TIMEOUT_MS, 1000L);
  curl().easy_setopt(c, CURLOPT_WRITEFUNCTION, discard);
  curl().easy_setopt(c, CURLOPT_PROXY, "");  // never route lab traffic through a proxy
  setPrefix_ = base_ + "/SET/" + escape(c, lastKey) + "/";
  publishPrefix_ = base_ + "/PUBLISH/" + escape(c, channel) + "/";
  url_.reserve(setPrefix_.size() + publishPrefix_.size() + 64);
}

RestTransport::~RestTransport() {
  if (curl_) {
    curl().easy_cleanup(static_cast<CURL*>(curl_));
    curl().global_cleanup();
  }
}

bool RestTransport::get(const std::string& url) {
  CURL* c = static_cast<CURL*>(curl_);
  curl().easy_setopt(c, CURLOPT_URL, url.c_str());
  CURLcode rc = curl().easy_perform(c);
  if (rc != CURLE_OK) {
    error_ = "webdis " + base_ + ": " + curl().easy_strerror(rc);
    return false;
  }
  curl().easy_getinfo(c, CURLINFO_RESPONSE_CODE, &lastCode_);
  if (lastCode_ != 200) {
    error_ = "webdis " + base_ + ": HTTP " + std::to_string(lastCode_);
    return false;
  }
  return true;
}

bool RestTransport::publish(std::string_view message) {
  if (!curl_) return false;
  // the payload is "<seq> <t_us>": only the space needs escaping
  std::string escaped;
  escaped.reserve(message.size() + 2);
  for (char ch : message) {
    if (ch == ' ')
      escaped += "%20";
    else
      escaped.push_back(ch);
  }
  url_.assign(setPrefix_).append(escaped);
  if (!get(url_)) return false;
  url_.assign(publishPrefix_).append(escaped);
  return get(url_);
}

}  // namespace swarmlab::agents
