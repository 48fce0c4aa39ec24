// A fixed-capacity ring buffer: pushing past capacity overwrites the oldest element, so the
// memory of a live series is set once and stays flat however long the lab runs.
#pragma once

#include <cstddef>
#include <vector>

namespace swarmlab {

template <class T>
class RingBuffer {
 public:
  explicit RingBuffer(std::size_t capacity = 1024) : data_(capacity ? capacity : 1) {}

  void push(const T& v) {
    data_[(start_ + count_) % data_.size()] = v;
    if (count_ < data_.size())
      ++count_;
    else
      start_ = (start_ + 1) % data_.size();
  }
  /// i = 0 is the oldest element.
  const T& at(std::size_t i) const { return data_[(start_ + i) % data_.size()]; }
  T& at(std::size_t i) { return data_[(start_ + i) % data_.size()]; }
  const T& back() const { return at(count_ - 1); }
  std::size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  std::size_t capacity() const { return data_.size(); }
  /// Bytes held by the storage (constant for the life of the buffer).
  std::size_t storageBytes() const { return data_.capacity() * sizeof(T); }
  void clear() { start_ = count_ = 0; }

 private:
  std::vector<T> data_;
  std::size_t start_ = 0;
  std::size_t count_ = 0;
};

}  // namespace swarmlab
