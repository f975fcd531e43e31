#include "StorageTestSupport.h"
