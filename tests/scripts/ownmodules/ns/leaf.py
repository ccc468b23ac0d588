WHERE = "a namespace package"
