#include "app/startup/Application.h"

int main(int argc, char* argv[])
{
    return np::app::runApplication(argc, argv);
}
