// Publishing through webdis (the REST interface to Redis of the original experiment), with one
// libcurl easy handle kept alive across requests.
#pragma once

#include <string>
#include <string_view>

namespace swarmlab::agents {

class RestTransport {
 public:
  RestTransport(std::string baseUrl, std::string_view lastKey, std::string_view channel);
  ~RestTransport();
  RestTransport(const RestTransport&) = delete;
  RestTransport& operator=(const RestTransport&) = delete;

  /// False if libcurl could not be initialised (error() says why).
  bool ok() const { return curl_ != nullptr; }
  /// SET <last> <msg> then PUBLISH <channel> <msg>: two requests on the same connection.
  bool publish(std::string_view message);
  /// Why the last request failed: one line naming the URL (host part) and the reason.
  const std::string& error() const { return error_; }

 private:
  bool get(const std::string& url);

  void* curl_ = nullptr;
  std::string base_, setPrefix_, publishPrefix_, url_, error_;
  long lastCode_ = 0;
};

}  // namespace swarmlab::agents
