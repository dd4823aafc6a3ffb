namespace pdsa{}
